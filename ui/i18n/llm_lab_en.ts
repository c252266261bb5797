<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ConfigForm</name>
        <message>
            <source>Preset</source>
            <translation>Preset</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Put back the values of the chosen preset.</source>
            <translation>Put back the values of the chosen preset.</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>LLM Lab hit a problem but is still running.</source>
            <translation>LLM Lab hit a problem but is still running.</translation>
        </message>
        <message>
            <source>{error}

The details are in the log:
{path}</source>
            <translation>{error}

The details are in the log:
{path}</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>Something went wrong: {error}. The details are in the log.</source>
            <translation>Something went wrong: {error}. The details are in the log.</translation>
        </message>
    </context>
    <context>
        <name>LabError</name>
        <message>
            <source>No checkpoint in {path}. Train this stage first.</source>
            <translation>No checkpoint in {path}. Train this stage first.</translation>
        </message>
        <message>
            <source>The checkpoint in {path} is damaged ({reason}).</source>
            <translation>The checkpoint in {path} is damaged ({reason}).</translation>
        </message>
        <message>
            <source>{name} must be between {lo} and {hi}, not {value}.</source>
            <translation>{name} must be between {lo} and {hi}, not {value}.</translation>
        </message>
        <message>
            <source>Unknown preset {name}. Choose one of: {names}.</source>
            <translation>Unknown preset {name}. Choose one of: {names}.</translation>
        </message>
        <message>
            <source>{job} is still running. Stop it first, or wait until it ends.</source>
            <translation>{job} is still running. Stop it first, or wait until it ends.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <source>{job}: {state}</source>
            <translation>{job}: {state}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>LLM Lab</source>
            <translation>LLM Lab</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Presentation mode</translation>
        </message>
        <message>
            <source>Bigger text and plots for a projector.</source>
            <translation>Bigger text and plots for a projector.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>{device} · {threads} threads</source>
            <translation>{device} · {threads} threads</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Stopping and saving…</source>
            <translation>Stopping and saving…</translation>
        </message>
    </context>
    <context>
        <name>config</name>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Same seed, same result: change it to see another run.</source>
            <translation>Same seed, same result: change it to see another run.</translation>
        </message>
        <message>
            <source>CPU threads</source>
            <translation>CPU threads</translation>
        </message>
        <message>
            <source>How many CPU cores torch may use (0 = all).</source>
            <translation>How many CPU cores torch may use (0 = all).</translation>
        </message>
        <message>
            <source>World seed</source>
            <translation>World seed</translation>
        </message>
        <message>
            <source>Same seed, same world, byte for byte.</source>
            <translation>Same seed, same world, byte for byte.</translation>
        </message>
        <message>
            <source>Corpus size (MB)</source>
            <translation>Corpus size (MB)</translation>
        </message>
        <message>
            <source>How much web-like text to generate.</source>
            <translation>How much web-like text to generate.</translation>
        </message>
        <message>
            <source>Markup junk</source>
            <translation>Markup junk</translation>
        </message>
        <message>
            <source>Share of documents with HTML and boilerplate left in.</source>
            <translation>Share of documents with HTML and boilerplate left in.</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <source>Share of documents that repeat another one, exactly or nearly.</source>
            <translation>Share of documents that repeat another one, exactly or nearly.</translation>
        </message>
        <message>
            <source>Rude replies</source>
            <translation>Rude replies</translation>
        </message>
        <message>
            <source>Share of forum replies that are rude.</source>
            <translation>Share of forum replies that are rude.</translation>
        </message>
        <message>
            <source>Wrong facts</source>
            <translation>Wrong facts</translation>
        </message>
        <message>
            <source>Share of stated facts that are false.</source>
            <translation>Share of stated facts that are false.</translation>
        </message>
        <message>
            <source>Vocabulary size</source>
            <translation>Vocabulary size</translation>
        </message>
        <message>
            <source>How many tokens the tokenizer may know: 256 bytes plus learned merges.</source>
            <translation>How many tokens the tokenizer may know: 256 bytes plus learned merges.</translation>
        </message>
        <message>
            <source>Minimum frequency</source>
            <translation>Minimum frequency</translation>
        </message>
        <message>
            <source>A pair must appear this often to become a merge.</source>
            <translation>A pair must appear this often to become a merge.</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Layers</translation>
        </message>
        <message>
            <source>How many transformer blocks are stacked.</source>
            <translation>How many transformer blocks are stacked.</translation>
        </message>
        <message>
            <source>Attention heads</source>
            <translation>Attention heads</translation>
        </message>
        <message>
            <source>Heads per attention layer; the width must divide by it.</source>
            <translation>Heads per attention layer; the width must divide by it.</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Width</translation>
        </message>
        <message>
            <source>Size of each token's embedding vector.</source>
            <translation>Size of each token's embedding vector.</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Context</translation>
        </message>
        <message>
            <source>How many tokens the model can look back at.</source>
            <translation>How many tokens the model can look back at.</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>Share of activations zeroed while training, against overfitting.</source>
            <translation>Share of activations zeroed while training, against overfitting.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>How many optimizer updates to make.</source>
            <translation>How many optimizer updates to make.</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batch size</translation>
        </message>
        <message>
            <source>Sequences per update.</source>
            <translation>Sequences per update.</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>Peak step size; too high and the loss explodes.</source>
            <translation>Peak step size; too high and the loss explodes.</translation>
        </message>
        <message>
            <source>Warmup steps</source>
            <translation>Warmup steps</translation>
        </message>
        <message>
            <source>Steps over which the learning rate rises from zero.</source>
            <translation>Steps over which the learning rate rises from zero.</translation>
        </message>
        <message>
            <source>Weight decay</source>
            <translation>Weight decay</translation>
        </message>
        <message>
            <source>Pulls weights towards zero a little every step.</source>
            <translation>Pulls weights towards zero a little every step.</translation>
        </message>
        <message>
            <source>Evaluate every</source>
            <translation>Evaluate every</translation>
        </message>
        <message>
            <source>Steps between validation loss and text samples.</source>
            <translation>Steps between validation loss and text samples.</translation>
        </message>
        <message>
            <source>Save every</source>
            <translation>Save every</translation>
        </message>
        <message>
            <source>Steps between checkpoints.</source>
            <translation>Steps between checkpoints.</translation>
        </message>
    </context>
</TS>
