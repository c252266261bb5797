<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AlignPages</name>
        <message>
            <source>Base model</source>
            <translation>Base model</translation>
        </message>
        <message>
            <source>SFT</source>
            <translation>SFT</translation>
        </message>
        <message>
            <source>PPO</source>
            <translation>PPO</translation>
        </message>
        <message>
            <source>DPO</source>
            <translation>DPO</translation>
        </message>
        <message>
            <source>GRPO</source>
            <translation>GRPO</translation>
        </message>
        <message>
            <source>Offline RL</source>
            <translation>Offline RL</translation>
        </message>
        <message>
            <source>Best-of-N</source>
            <translation>Best-of-N</translation>
        </message>
    </context>
    <context>
        <name>AttentionTab</name>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Head</translation>
        </message>
        <message>
            <source>Each row is a token reading the tokens before it (the columns); darker blue means more attention. The hatched triangle is the causal mask: a token never sees the ones after it.</source>
            <translation>Each row is a token reading the tokens before it (the columns); darker blue means more attention. The hatched triangle is the causal mask: a token never sees the ones after it.</translation>
        </message>
        <message>
            <source>query: the token that reads</source>
            <translation>query: the token that reads</translation>
        </message>
        <message>
            <source>key: the token that is read</source>
            <translation>key: the token that is read</translation>
        </message>
        <message>
            <source>Load a model and write a prompt to see its attention.</source>
            <translation>Load a model and write a prompt to see its attention.</translation>
        </message>
        <message>
            <source>{query} reads {key}: {weight}</source>
            <translation>{query} reads {key}: {weight}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Go to Pretraining</source>
            <translation>Go to Pretraining</translation>
        </message>
        <message>
            <source>Go to SFT</source>
            <translation>Go to SFT</translation>
        </message>
        <message>
            <source>Go to the reward model</source>
            <translation>Go to the reward model</translation>
        </message>
    </context>
    <context>
        <name>BestOfNPage</name>
        <message>
            <source>Best-of-N</source>
            <translation>Best-of-N</translation>
        </message>
        <message>
            <source>Sampling {n} answers…</source>
            <translation>Sampling {n} answers…</translation>
        </message>
        <message>
            <source>Best of {n}: answer {i}, reward model {rm}, rubric {true}.</source>
            <translation>Best of {n}: answer {i}, reward model {rm}, rubric {true}.</translation>
        </message>
        <message>
            <source>Held-out questions, best of {n}: rubric reward {reward}, rude answers {rude}, KL {kl} nats per answer (analytic).</source>
            <translation>Held-out questions, best of {n}: rubric reward {reward}, rude answers {rude}, KL {kl} nats per answer (analytic).</translation>
        </message>
        <message>
            <source>Best-of-N needs an SFT model to sample answers and a reward model to pick one. Train them on the SFT and Reward pages first.</source>
            <translation>Best-of-N needs an SFT model to sample answers and a reward model to pick one. Train them on the SFT and Reward pages first.</translation>
        </message>
        <message>
            <source>One question, N answers</source>
            <translation>One question, N answers</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>How many of the sampled answers the reward model chooses from.</source>
            <translation>How many of the sampled answers the reward model chooses from.</translation>
        </message>
        <message>
            <source>Sample {n} answers</source>
            <translation>Sample {n} answers</translation>
        </message>
        <message>
            <source>The SFT model answers the question {n} times; the slider shows the first N and the pick among them.</source>
            <translation>The SFT model answers the question {n} times; the slider shows the first N and the pick among them.</translation>
        </message>
        <message>
            <source>Every held-out question, every N</source>
            <translation>Every held-out question, every N</translation>
        </message>
        <message>
            <source>Best-of-N trains nothing: the SFT model answers N times and the reward model keeps its favourite. A bigger N finds answers the reward model likes more, at N times the cost. Its distance from the SFT model is known without measuring it: KL = log N − (N − 1)/N nats per answer. The rubric column shows whether the reward model's favourite is also the human's.</source>
            <translation>Best-of-N trains nothing: the SFT model answers N times and the reward model keeps its favourite. A bigger N finds answers the reward model likes more, at N times the cost. Its distance from the SFT model is known without measuring it: KL = log N − (N − 1)/N nats per answer. The rubric column shows whether the reward model's favourite is also the human's.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Reward model</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Rubric</translation>
        </message>
        <message>
            <source>reward model</source>
            <translation>reward model</translation>
        </message>
        <message>
            <source>rubric (the human)</source>
            <translation>rubric (the human)</translation>
        </message>
        <message>
            <source>rubric</source>
            <translation>rubric</translation>
        </message>
        <message>
            <source>log N − (N − 1)/N</source>
            <translation>log N − (N − 1)/N</translation>
        </message>
        <message>
            <source>KL (nats per answer)</source>
            <translation>KL (nats per answer)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Sample answers to every held-out question and measure the picks for N = 1, 2, 4, …</source>
            <translation>Sample answers to every held-out question and measure the picks for N = 1, 2, 4, …</translation>
        </message>
    </context>
    <context>
        <name>BudgetPanel</name>
        <message>
            <source>{flops} FLOPs</source>
            <translation>{flops} FLOPs</translation>
        </message>
        <message>
            <source>{n} parameters trained on {d} tokens (20 tokens per parameter)</source>
            <translation>{n} parameters trained on {d} tokens (20 tokens per parameter)</translation>
        </message>
        <message>
            <source>{energy} (at {watts} W per device{pue})</source>
            <translation>{energy} (at {watts} W per device{pue})</translation>
        </message>
        <message>
            <source>, plus {p} % for the data centre</source>
            <translation>, plus {p} % for the data centre</translation>
        </message>
        <message>
            <source>renting the devices</source>
            <translation>renting the devices</translation>
        </message>
        <message>
            <source>electricity at {p} US$/kWh</source>
            <translation>electricity at {p} US$/kWh</translation>
        </message>
        <message>
            <source>{usd} US$ ({kind})</source>
            <translation>{usd} US$ ({kind})</translation>
        </message>
        <message>
            <source>{homes} years of a home's electricity; {share} % of the world's electricity in a year. Data centres use 1–2 % of it today; projections for 2030 span 4–20 %.</source>
            <translation>{homes} years of a home's electricity; {share} % of the world's electricity in a year. Data centres use 1–2 % of it today; projections for 2030 span 4–20 %.</translation>
        </message>
        <message>
            <source>Compute budget</source>
            <translation>Compute budget</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Best split</source>
            <translation>Best split</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>In context</source>
            <translation>In context</translation>
        </message>
        <message>
            <source>Drag to choose how many FLOPs the training run may use.</source>
            <translation>Drag to choose how many FLOPs the training run may use.</translation>
        </message>
        <message>
            <source>How many devices share the work (data parallelism).</source>
            <translation>How many devices share the work (data parallelism).</translation>
        </message>
        <message>
            <source>{name} · {peak} FLOP/s peak, {use} % used</source>
            <translation>{name} · {peak} FLOP/s peak, {use} % used</translation>
        </message>
    </context>
    <context>
        <name>ChatTemplateView</name>
        <message>
            <source>green</source>
            <translation>green</translation>
        </message>
        <message>
            <source>grey</source>
            <translation>grey</translation>
        </message>
        <message>
            <source>{green}: the loss learns these tokens. {grey}: masked, the model reads them but is not trained to write them.</source>
            <translation>{green}: the loss learns these tokens. {grey}: masked, the model reads them but is not trained to write them.</translation>
        </message>
        <message>
            <source>{trained} of {total} tokens are trained.</source>
            <translation>{trained} of {total} tokens are trained.</translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;High contrast</translation>
        </message>
        <message>
            <source>White on black with thick lines, easy to read from the back.</source>
            <translation>White on black with thick lines, easy to read from the back.</translation>
        </message>
        <message>
            <source>&amp;Classroom mode</source>
            <translation>&amp;Classroom mode</translation>
        </message>
        <message>
            <source>Big text and high contrast. Space pauses or resumes the job, the arrows move through the lesson, F freezes the plots.</source>
            <translation>Big text and high contrast. Space pauses or resumes the job, the arrows move through the lesson, F freezes the plots.</translation>
        </message>
        <message>
            <source>&amp;Freeze plots</source>
            <translation>&amp;Freeze plots</translation>
        </message>
        <message>
            <source>Plots keep the new data but stop moving until you press F again.</source>
            <translation>Plots keep the new data but stop moving until you press F again.</translation>
        </message>
        <message>
            <source>Plots frozen — press F</source>
            <translation>Plots frozen — press F</translation>
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Your own question: the models may never have seen anything like it.</source>
            <translation>Your own question: the models may never have seen anything like it.</translation>
        </message>
        <message>
            <source>Not trained yet in this workspace.</source>
            <translation>Not trained yet in this workspace.</translation>
        </message>
        <message>
            <source>KL to the SFT model (nats per answer)</source>
            <translation>KL to the SFT model (nats per answer)</translation>
        </message>
        <message>
            <source>reward model</source>
            <translation>reward model</translation>
        </message>
        <message>
            <source>rubric</source>
            <translation>rubric</translation>
        </message>
        <message>
            <source>One question, every model</source>
            <translation>One question, every model</translation>
        </message>
        <message>
            <source>N for Best-of-N</source>
            <translation>N for Best-of-N</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Ask</translation>
        </message>
        <message>
            <source>Every trained model answers the question (the base model continues it as plain text).</source>
            <translation>Every trained model answers the question (the base model continues it as plain text).</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Reward model</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Rubric</translation>
        </message>
        <message>
            <source>What each score measures. Reward model: how much the learned judge likes this answer; PPO, GRPO and Best-of-N chase it, and it can be fooled. Rubric: the world's own check (the right fact, polite, in the question's language), the score a teacher would give.</source>
            <translation>What each score measures. Reward model: how much the learned judge likes this answer; PPO, GRPO and Best-of-N chase it, and it can be fooled. Rubric: the world's own check (the right fact, polite, in the question's language), the score a teacher would give.</translation>
        </message>
        <message>
            <source>The reward model's score of this answer: what it prefers, not whether it is right.</source>
            <translation>The reward model's score of this answer: what it prefers, not whether it is right.</translation>
        </message>
        <message>
            <source>The rubric: the right fact, polite, in the question's language.</source>
            <translation>The rubric: the right fact, polite, in the question's language.</translation>
        </message>
        <message>
            <source>Each token is shaded by the probability its model gave it: green when the model was sure, red when it was not. Hover an answer to read the numbers.</source>
            <translation>Each token is shaded by the probability its model gave it: green when the model was sure, red when it was not. Hover an answer to read the numbers.</translation>
        </message>
        <message>
            <source>Every method on one chart: reward against KL to the SFT model</source>
            <translation>Every method on one chart: reward against KL to the SFT model</translation>
        </message>
        <message>
            <source>Reward: the rubric (the human)</source>
            <translation>Reward: the rubric (the human)</translation>
        </message>
        <message>
            <source>Reward: the reward model</source>
            <translation>Reward: the reward model</translation>
        </message>
        <message>
            <source>Each big dot is a method's final evaluation on the held-out questions; the line with triangles is Best-of-N for N = 1, 2, 4, … Up is better; right means further from the SFT model. A method that climbs on the reward model but not on the rubric is hacking the reward.</source>
            <translation>Each big dot is a method's final evaluation on the held-out questions; the line with triangles is Best-of-N for N = 1, 2, 4, … Up is better; right means further from the SFT model. A method that climbs on the reward model but not on the rubric is hacking the reward.</translation>
        </message>
        <message>
            <source>Known facts (taught during training)</source>
            <translation>Known facts (taught during training)</translation>
        </message>
        <message>
            <source>Known facts asked in other words</source>
            <translation>Known facts asked in other words</translation>
        </message>
        <message>
            <source>Unknown facts (no training text states them)</source>
            <translation>Unknown facts (no training text states them)</translation>
        </message>
        <message>
            <source>A fact the models were taught: a good model answers it right.</source>
            <translation>A fact the models were taught: a good model answers it right.</translation>
        </message>
        <message>
            <source>A taught fact in new words: does the model still know it?</source>
            <translation>A taught fact in new words: does the model still know it?</translation>
        </message>
        <message>
            <source>No training text states this fact: a right answer is luck, and an honest model would say it does not know.</source>
            <translation>No training text states this fact: a right answer is luck, and an honest model would say it does not know.</translation>
        </message>
        <message>
            <source>continues the question as plain text</source>
            <translation>continues the question as plain text</translation>
        </message>
        <message>
            <source>the reward model's favourite of N samples from SFT</source>
            <translation>the reward model's favourite of N samples from SFT</translation>
        </message>
        <message>
            <source>its most likely answer</source>
            <translation>its most likely answer</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>Pretrain a model first.</source>
            <translation>Pretrain a model first.</translation>
        </message>
        <message>
            <source>Fine-tune the model (Start) to see its answer here.</source>
            <translation>Fine-tune the model (Start) to see its answer here.</translation>
        </message>
        <message>
            <source>[no &lt;|end|&gt;: cut at the length limit]</source>
            <translation>[no &lt;|end|&gt;: cut at the length limit]</translation>
        </message>
        <message>
            <source>Rubric: {total} · correct: {correct} · rude: {rude}</source>
            <translation>Rubric: {total} · correct: {correct} · rude: {rude}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Before and after: the same question to both models</source>
            <translation>Before and after: the same question to both models</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>Ask both</translation>
        </message>
        <message>
            <source>Choose a held-out probe question or write your own.</source>
            <translation>Choose a held-out probe question or write your own.</translation>
        </message>
        <message>
            <source>Base model: continues the text</source>
            <translation>Base model: continues the text</translation>
        </message>
        <message>
            <source>SFT model: answers in the chat template</source>
            <translation>SFT model: answers in the chat template</translation>
        </message>
    </context>
    <context>
        <name>CompletionView</name>
        <message>
            <source>You finished this lesson.</source>
            <translation>You finished this lesson.</translation>
        </message>
        <message>
            <source>Use Back to review any step, or Restart to do it again.</source>
            <translation>Use Back to review any step, or Restart to do it again.</translation>
        </message>
        <message>
            <source>Next lesson</source>
            <translation>Next lesson</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>All lessons</translation>
        </message>
    </context>
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
        <name>CorpusPage</name>
        <message>
            <source>Corpus</source>
            <translation>Corpus</translation>
        </message>
        <message>
            <source>Open text files</source>
            <translation>Open text files</translation>
        </message>
        <message>
            <source>Text, web pages, PDF and datasets ({patterns})</source>
            <translation>Text, web pages, PDF and datasets ({patterns})</translation>
        </message>
        <message>
            <source>Open a folder of text files</source>
            <translation>Open a folder of text files</translation>
        </message>
        <message>
            <source>There is no corpus yet. Generate the world or open your own files first.</source>
            <translation>There is no corpus yet. Generate the world or open your own files first.</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>Characters</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Words</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>No corpus yet.</source>
            <translation>No corpus yet.</translation>
        </message>
        <message>
            <source>Your files</source>
            <translation>Your files</translation>
        </message>
        <message>
            <source>The world</source>
            <translation>The world</translation>
        </message>
        <message>
            <source>{what}: {docs} documents, {chars} characters.</source>
            <translation>{what}: {docs} documents, {chars} characters.</translation>
        </message>
        <message>
            <source>After cleaning: {docs} documents, {chars} characters; {dups} duplicates removed, junk taken out of {junk}.</source>
            <translation>After cleaning: {docs} documents, {chars} characters; {dups} duplicates removed, junk taken out of {junk}.</translation>
        </message>
        <message>
            <source>Not cleaned yet: the tokenizer and pretraining read only the clean text.</source>
            <translation>Not cleaned yet: the tokenizer and pretraining read only the clean text.</translation>
        </message>
        <message>
            <source>Main text of web pages</source>
            <translation>Main text of web pages</translation>
        </message>
        <message>
            <source>Normalised</source>
            <translation>Normalised</translation>
        </message>
        <message>
            <source>Markup</source>
            <translation>Markup</translation>
        </message>
        <message>
            <source>Junk</source>
            <translation>Junk</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>Too short</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Rude</source>
            <translation>Rude</translation>
        </message>
        <message>
            <source>Exact dup.</source>
            <translation>Exact dup.</translation>
        </message>
        <message>
            <source>Near dup.</source>
            <translation>Near dup.</translation>
        </message>
        <message>
            <source>Repetitive</source>
            <translation>Repetitive</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Quality</translation>
        </message>
        <message>
            <source>Repeated lines</source>
            <translation>Repeated lines</translation>
        </message>
        <message>
            <source>Synthetic world</source>
            <translation>Synthetic world</translation>
        </message>
        <message>
            <source>Generate the world</source>
            <translation>Generate the world</translation>
        </message>
        <message>
            <source>Write a web-like corpus in Spanish and English, with the flaws of a real scraped web.</source>
            <translation>Write a web-like corpus in Spanish and English, with the flaws of a real scraped web.</translation>
        </message>
        <message>
            <source>Your own text</source>
            <translation>Your own text</translation>
        </message>
        <message>
            <source>Open files…</source>
            <translation>Open files…</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Open folder…</translation>
        </message>
        <message>
            <source>Or drop files or a folder on this page: text, Markdown, web pages (.html), PDF, JSONL and Parquet.</source>
            <translation>Or drop files or a folder on this page: text, Markdown, web pages (.html), PDF, JSONL and Parquet.</translation>
        </message>
        <message>
            <source>Text field (JSONL, Parquet)</source>
            <translation>Text field (JSONL, Parquet)</translation>
        </message>
        <message>
            <source>The field of each JSONL record, or the Parquet column, that holds the text. FineWeb's is "text".</source>
            <translation>The field of each JSONL record, or the Parquet column, that holds the text. FineWeb's is "text".</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Each step</source>
            <translation>Each step</translation>
        </message>
        <message>
            <source>Cleaning</source>
            <translation>Cleaning</translation>
        </message>
        <message>
            <source>Clean the corpus</source>
            <translation>Clean the corpus</translation>
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt;</source>
            <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Before cleaning</source>
            <translation>Before cleaning</translation>
        </message>
        <message>
            <source>After cleaning</source>
            <translation>After cleaning</translation>
        </message>
        <message>
            <source>Before and after cleaning</source>
            <translation>Before and after cleaning</translation>
        </message>
        <message>
            <source>before</source>
            <translation>before</translation>
        </message>
        <message>
            <source>after</source>
            <translation>after</translation>
        </message>
        <message>
            <source>Documents each step removed or changed</source>
            <translation>Documents each step removed or changed</translation>
        </message>
    </context>
    <context>
        <name>CorpusPreview</name>
        <message>
            <source>markup junk</source>
            <translation>markup junk</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>duplicate</translation>
        </message>
        <message>
            <source>rude</source>
            <translation>rude</translation>
        </message>
        <message>
            <source>wrong fact</source>
            <translation>wrong fact</translation>
        </message>
        <message>
            <source>Flaws:</source>
            <translation>Flaws:</translation>
        </message>
        <message>
            <source>No corpus yet: generate the world or open your own files.</source>
            <translation>No corpus yet: generate the world or open your own files.</translation>
        </message>
        <message>
            <source>The first {shown} of {total} documents</source>
            <translation>The first {shown} of {total} documents</translation>
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
            <source>Your work is kept. If this happens again, send the log to your teacher:
{path}</source>
            <translation>Your work is kept. If this happens again, send the log to your teacher:
{path}</translation>
        </message>
    </context>
    <context>
        <name>DPOPage</name>
        <message>
            <source>DPO</source>
            <translation>DPO</translation>
        </message>
        <message>
            <source>Step {step}: {prompt} ▸ {text}</source>
            <translation>Step {step}: {prompt} ▸ {text}</translation>
        </message>
        <message>
            <source>Held-out questions: rubric reward {reward}, rude answers {rude}, KL to the SFT model {kl} nats per answer.</source>
            <translation>Held-out questions: rubric reward {reward}, rude answers {rude}, KL to the SFT model {kl} nats per answer.</translation>
        </message>
        <message>
            <source>DPO starts from the SFT model, and this workspace has none yet. Fine-tune one on the SFT page first.</source>
            <translation>DPO starts from the SFT model, and this workspace has none yet. Fine-tune one on the SFT page first.</translation>
        </message>
        <message>
            <source>DPO settings</source>
            <translation>DPO settings</translation>
        </message>
        <message>
            <source>DPO's implicit rewards: β × how much more likely the model makes an answer than the SFT model does</source>
            <translation>DPO's implicit rewards: β × how much more likely the model makes an answer than the SFT model does</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why can the chosen reward fall while the margin rises?&lt;/b&gt; The loss only asks the chosen answer to gain &lt;i&gt;on the rejected one&lt;/i&gt;. Pushing the rejected answer down is often the easier way, and the probability both answers lose goes to other answers the model could write. So the green line may sink below zero while the blue margin keeps growing: that is DPO working, not a bug. Watch the held-out chart below to see whether the answers themselves got better.</source>
            <translation>&lt;b&gt;Why can the chosen reward fall while the margin rises?&lt;/b&gt; The loss only asks the chosen answer to gain &lt;i&gt;on the rejected one&lt;/i&gt;. Pushing the rejected answer down is often the easier way, and the probability both answers lose goes to other answers the model could write. So the green line may sink below zero while the blue margin keeps growing: that is DPO working, not a bug. Watch the held-out chart below to see whether the answers themselves got better.</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>chosen</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>margin (chosen − rejected)</source>
            <translation>margin (chosen − rejected)</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>pairs ranked right</source>
            <translation>pairs ranked right</translation>
        </message>
        <message>
            <source>rubric reward</source>
            <translation>rubric reward</translation>
        </message>
        <message>
            <source>nats per answer</source>
            <translation>nats per answer</translation>
        </message>
        <message>
            <source>KL to the SFT model</source>
            <translation>KL to the SFT model</translation>
        </message>
        <message>
            <source>rubric ({n} samples)</source>
            <translation>rubric ({n} samples)</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>implicit reward</source>
            <translation>implicit reward</translation>
        </message>
        <message>
            <source>loss, share</source>
            <translation>loss, share</translation>
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>Build a language model end to end on your computer, and watch every step</source>
            <translation>Build a language model end to end on your computer, and watch every step</translation>
        </message>
    </context>
    <context>
        <name>EnergyPanel</name>
        <message>
            <source>Last run: {name} · {time} · {energy}</source>
            <translation>Last run: {name} · {time} · {energy}</translation>
        </message>
        <message>
            <source>No run yet: every job you start is measured here.</source>
            <translation>No run yet: every job you start is measured here.</translation>
        </message>
        <message>
            <source>Measured by the CPU's own energy counter (RAPL).</source>
            <translation>Measured by the CPU's own energy counter (RAPL).</translation>
        </message>
        <message>
            <source>Estimated: this system does not report CPU energy, so the CPU is assumed to draw {w} W.</source>
            <translation>Estimated: this system does not report CPU energy, so the CPU is assumed to draw {w} W.</translation>
        </message>
        <message>
            <source>Set the environment variable LLM_LAB_CPU_WATTS to your CPU's power to change the assumption.</source>
            <translation>Set the environment variable LLM_LAB_CPU_WATTS to your CPU's power to change the assumption.</translation>
        </message>
        <message>
            <source>Bundled stages</source>
            <translation>Bundled stages</translation>
        </message>
        <message>
            <source>{stage} {time} ({energy})</source>
            <translation>{stage} {time} ({energy})</translation>
        </message>
        <message>
            <source>Bundled stages, trained in advance (energy estimated at {w} W): {runs}.</source>
            <translation>Bundled stages, trained in advance (energy estimated at {w} W): {runs}.</translation>
        </message>
        <message>
            <source>Energy meter</source>
            <translation>Energy meter</translation>
        </message>
        <message>
            <source>energy per run (log scale)</source>
            <translation>energy per run (log scale)</translation>
        </message>
    </context>
    <context>
        <name>FamousRunsTable</name>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Parameters N</source>
            <translation>Parameters N</translation>
        </message>
        <message>
            <source>Tokens D</source>
            <translation>Tokens D</translation>
        </message>
        <message>
            <source>FLOPs C</source>
            <translation>FLOPs C</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>not published</source>
            <translation>not published</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Source: {source}</translation>
        </message>
    </context>
    <context>
        <name>FilesTable</name>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>web page</source>
            <translation>web page</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>main text {share}</source>
            <translation>main text {share}</translation>
        </message>
        <message>
            <source>{n} records, field “{field}”</source>
            <translation>{n} records, field “{field}”</translation>
        </message>
        <message>
            <source>skipped: {reason}</source>
            <translation>skipped: {reason}</translation>
        </message>
        <message>
            <source>empty file</source>
            <translation>empty file</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Encoding</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>FullScreen</name>
        <message>
            <source>LLM Lab — plot</source>
            <translation>LLM Lab — plot</translation>
        </message>
        <message>
            <source>Esc or a double-click takes the plot back.</source>
            <translation>Esc or a double-click takes the plot back.</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Leave full screen</translation>
        </message>
        <message>
            <source>Show full screen</source>
            <translation>Show full screen</translation>
        </message>
    </context>
    <context>
        <name>GeneratedText</name>
        <message>
            <source>How likely the model found each token:</source>
            <translation>How likely the model found each token:</translation>
        </message>
        <message>
            <source>Underlined: a token you picked by clicking its bar.</source>
            <translation>Underlined: a token you picked by clicking its bar.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Build a language model from start to end: each card is one stage of the course, in order. Click a card to open its page, or run every stage at once with the chosen preset (tiny: about a minute; classroom: a few minutes).</source>
            <translation>Build a language model from start to end: each card is one stage of the course, in order. Click a card to open its page, or run every stage at once with the chosen preset (tiny: about a minute; classroom: a few minutes).</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Preset</translation>
        </message>
        <message>
            <source>Run everything</source>
            <translation>Run everything</translation>
        </message>
        <message>
            <source>Open report</source>
            <translation>Open report</translation>
        </message>
        <message>
            <source>Or start from a bundled stage</source>
            <translation>Or start from a bundled stage</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>Start here</translation>
        </message>
        <message>
            <source>Load the classroom models trained up to this stage (same preset and seed, shipped with the app), so you can start there without training first.</source>
            <translation>Load the classroom models trained up to this stage (same preset and seed, shipped with the app), so you can start there without training first.</translation>
        </message>
        <message>
            <source>No bundle was found. Build one with `make assets`.</source>
            <translation>No bundle was found. Build one with `make assets`.</translation>
        </message>
        <message>
            <source>Every stage is done. The report is ready.</source>
            <translation>Every stage is done. The report is ready.</translation>
        </message>
        <message>
            <source>Stopped. Run everything again to go on from here.</source>
            <translation>Stopped. Run everything again to go on from here.</translation>
        </message>
        <message>
            <source>Your workspace already holds work. To start from the bundled stage “{stage}”, LLM Lab first moves the whole workspace folder to a new folder beside it, {name}-backup- followed by today’s date, in {parent}. Nothing is deleted: you can open it again from File → Recent workspaces.

Start from the bundled stage?</source>
            <translation>Your workspace already holds work. To start from the bundled stage “{stage}”, LLM Lab first moves the whole workspace folder to a new folder beside it, {name}-backup- followed by today’s date, in {parent}. Nothing is deleted: you can open it again from File → Recent workspaces.

Start from the bundled stage?</translation>
        </message>
        <message>
            <source>Your earlier work is in {path}; open it again from File → Recent workspaces.</source>
            <translation>Your earlier work is in {path}; open it again from File → Recent workspaces.</translation>
        </message>
        <message>
            <source>Start from a bundled stage</source>
            <translation>Start from a bundled stage</translation>
        </message>
        <message>
            <source>Stopped. The stages unpacked so far are ready.</source>
            <translation>Stopped. The stages unpacked so far are ready.</translation>
        </message>
        <message>
            <source>Every stage up to “{stage}” is ready: open its page, or run everything to go on from there.</source>
            <translation>Every stage up to “{stage}” is ready: open its page, or run everything to go on from there.</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>This step stopped because of a problem inside LLM Lab, not because of anything you did. What was saved so far is kept. Try again; if it happens again, send the log to your teacher: {path}</source>
            <translation>This step stopped because of a problem inside LLM Lab, not because of anything you did. What was saved so far is kept. Try again; if it happens again, send the log to your teacher: {path}</translation>
        </message>
    </context>
    <context>
        <name>LabError</name>
        <message>
            <source>The disk is full: {path} was not saved, and the previous version is intact. Free some space and try again.</source>
            <translation>The disk is full: {path} was not saved, and the previous version is intact. Free some space and try again.</translation>
        </message>
        <message>
            <source>Could not write {path} ({reason}). Check that the folder exists, is a folder and that you may write in it, or choose another one.</source>
            <translation>Could not write {path} ({reason}). Check that the folder exists, is a folder and that you may write in it, or choose another one.</translation>
        </message>
        <message>
            <source>No checkpoint in {path}. Train this stage first.</source>
            <translation>No checkpoint in {path}. Train this stage first.</translation>
        </message>
        <message>
            <source>The checkpoint in {path} holds weights that are not numbers (NaN or infinite): the file was damaged after it was saved. Train this stage again.</source>
            <translation>The checkpoint in {path} holds weights that are not numbers (NaN or infinite): the file was damaged after it was saved. Train this stage again.</translation>
        </message>
        <message>
            <source>The checkpoint in {path} is damaged ({reason}). Train this stage again.</source>
            <translation>The checkpoint in {path} is damaged ({reason}). Train this stage again.</translation>
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
        <message>
            <source>The prompt set is empty, so there is nothing to answer. Generate the world's data on the Corpus page, or add SFT conversations.</source>
            <translation>The prompt set is empty, so there is nothing to answer. Generate the world's data on the Corpus page, or add SFT conversations.</translation>
        </message>
        <message>
            <source>The file {path} does not exist. Choose another file.</source>
            <translation>The file {path} does not exist. Choose another file.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read as UTF-8 text ({reason}). Save it as UTF-8 JSONL, one object per line.</source>
            <translation>The file {path} cannot be read as UTF-8 text ({reason}). Save it as UTF-8 JSONL, one object per line.</translation>
        </message>
        <message>
            <source>Line {line} is not valid JSON ({reason}).</source>
            <translation>Line {line} is not valid JSON ({reason}).</translation>
        </message>
        <message>
            <source>Line {line} is not a JSON object.</source>
            <translation>Line {line} is not a JSON object.</translation>
        </message>
        <message>
            <source>Line {line} has no "messages" list.</source>
            <translation>Line {line} has no "messages" list.</translation>
        </message>
        <message>
            <source>Line {line}, message {n}: it needs a "role" (user, assistant or system) and a text "content".</source>
            <translation>Line {line}, message {n}: it needs a "role" (user, assistant or system) and a text "content".</translation>
        </message>
        <message>
            <source>Line {line} has no assistant answer to learn from.</source>
            <translation>Line {line} has no assistant answer to learn from.</translation>
        </message>
        <message>
            <source>No usable conversation in {path}. Each line must be a JSON object with a "messages" list of user and assistant turns.</source>
            <translation>No usable conversation in {path}. Each line must be a JSON object with a "messages" list of user and assistant turns.</translation>
        </message>
        <message>
            <source>There is no file {path}. Check the name.</source>
            <translation>There is no file {path}. Check the name.</translation>
        </message>
        <message>
            <source>{path} has another vocabulary than the tokenizer of the workspace {workspace}, whose models were trained with it; nothing was changed. Use another workspace (--workspace) to train with this tokenizer.</source>
            <translation>{path} has another vocabulary than the tokenizer of the workspace {workspace}, whose models were trained with it; nothing was changed. Use another workspace (--workspace) to train with this tokenizer.</translation>
        </message>
        <message>
            <source>This installation cannot make {what} ({reason}). Pass --corpus and --tokenizer files instead.</source>
            <translation>This installation cannot make {what} ({reason}). Pass --corpus and --tokenizer files instead.</translation>
        </message>
        <message>
            <source>The tokenizer of {path} has {tokens} tokens, but its model was trained with {model}: they do not belong together. Train the model again (pretrain --fresh), or use the workspace they came from.</source>
            <translation>The tokenizer of {path} has {tokens} tokens, but its model was trained with {model}: they do not belong together. Train the model again (pretrain --fresh), or use the workspace they came from.</translation>
        </message>
        <message>
            <source>The folder {path} has no files LLM Lab can read (.txt, .md, .html, .pdf, .jsonl, .parquet). Choose a folder with text in it.</source>
            <translation>The folder {path} has no files LLM Lab can read (.txt, .md, .html, .pdf, .jsonl, .parquet). Choose a folder with text in it.</translation>
        </message>
        <message>
            <source>{path} is a symbolic link that points back to itself (a loop), so there is nothing to read. Choose the real file.</source>
            <translation>{path} is a symbolic link that points back to itself (a loop), so there is nothing to read. Choose the real file.</translation>
        </message>
        <message>
            <source>{path} is a link to a file that does not exist. Choose the real file.</source>
            <translation>{path} is a link to a file that does not exist. Choose the real file.</translation>
        </message>
        <message>
            <source>{path} does not exist. Check the name, or choose the file again.</source>
            <translation>{path} does not exist. Check the name, or choose the file again.</translation>
        </message>
        <message>
            <source>{path} is not a regular file (it is a {kind}), so it cannot be read as text. Choose a saved file.</source>
            <translation>{path} is not a regular file (it is a {kind}), so it cannot be read as text. Choose a saved file.</translation>
        </message>
        <message>
            <source>You do not have permission to read {path}. Ask its owner, or copy it somewhere you can read it.</source>
            <translation>You do not have permission to read {path}. Ask its owner, or copy it somewhere you can read it.</translation>
        </message>
        <message>
            <source>{path} is not a text file (it looks like {kind}). Save it as plain text (.txt) and try again.</source>
            <translation>{path} is not a text file (it looks like {kind}). Save it as plain text (.txt) and try again.</translation>
        </message>
        <message>
            <source>{path} says it is {encoding} but is damaged ({reason}). Save it again as UTF-8 and try again.</source>
            <translation>{path} says it is {encoding} but is damaged ({reason}). Save it again as UTF-8 and try again.</translation>
        </message>
        <message>
            <source>{path} is a folder. Choose one file.</source>
            <translation>{path} is a folder. Choose one file.</translation>
        </message>
        <message>
            <source>The corpus has only {n} tokens, too few for a context of {block}. Add more text or choose a shorter context.</source>
            <translation>The corpus has only {n} tokens, too few for a context of {block}. Add more text or choose a shorter context.</translation>
        </message>
        <message>
            <source>The batch size {batch} does not divide among {n} workers. Choose a multiple of {n}.</source>
            <translation>The batch size {batch} does not divide among {n} workers. Choose a multiple of {n}.</translation>
        </message>
        <message>
            <source>Each of the {n} workers gets only {tokens} tokens. Use fewer workers or more text.</source>
            <translation>Each of the {n} workers gets only {tokens} tokens. Use fewer workers or more text.</translation>
        </message>
        <message>
            <source>A worker failed: {error}</source>
            <translation>A worker failed: {error}</translation>
        </message>
        <message>
            <source>Use at least 1 worker, not {n}.</source>
            <translation>Use at least 1 worker, not {n}.</translation>
        </message>
        <message>
            <source>{path} could not be read ({reason}).</source>
            <translation>{path} could not be read ({reason}).</translation>
        </message>
        <message>
            <source>There is no text to clean in {what}. Choose files with some text in them.</source>
            <translation>There is no text to clean in {what}. Choose files with some text in them.</translation>
        </message>
        <message>
            <source>Cleaning removed every document. Switch off some filters or lower the minimum length, and try again.</source>
            <translation>Cleaning removed every document. Switch off some filters or lower the minimum length, and try again.</translation>
        </message>
        <message>
            <source>No files were chosen. Choose a text file or a folder.</source>
            <translation>No files were chosen. Choose a text file or a folder.</translation>
        </message>
        <message>
            <source>The output {path} is a folder. Give a file name, such as {example}.</source>
            <translation>The output {path} is a folder. Give a file name, such as {example}.</translation>
        </message>
        <message>
            <source>The output {path} is also an input: cleaning would overwrite your text. Choose another name for --out.</source>
            <translation>The output {path} is also an input: cleaning would overwrite your text. Choose another name for --out.</translation>
        </message>
        <message>
            <source>The file {path} is empty. Choose a file with some text in it.</source>
            <translation>The file {path} is empty. Choose a file with some text in it.</translation>
        </message>
        <message>
            <source>The disk is full, so {path} could not be written. Free some space, or choose another folder, and try again.</source>
            <translation>The disk is full, so {path} could not be written. Free some space, or choose another folder, and try again.</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}). Choose a folder you can write in.</source>
            <translation>{path} could not be written ({reason}). Choose a folder you can write in.</translation>
        </message>
        <message>
            <source>There are no preference pairs to learn from. Generate the world's data on the Corpus page, or label pairs on the Preferences page.</source>
            <translation>There are no preference pairs to learn from. Generate the world's data on the Corpus page, or label pairs on the Preferences page.</translation>
        </message>
        <message>
            <source>There are no stored experiences to learn from. Run PPO, GRPO or Best-of-N first, or train a reward model to score the preference pairs.</source>
            <translation>There are no stored experiences to learn from. Run PPO, GRPO or Best-of-N first, or train a reward model to score the preference pairs.</translation>
        </message>
        <message>
            <source>The saved model has another shape or vocabulary than these settings. Start over (--fresh on the command line) to train a new one.</source>
            <translation>The saved model has another shape or vocabulary than these settings. Start over (--fresh on the command line) to train a new one.</translation>
        </message>
        <message>
            <source>This workspace has no cleaned corpus yet. Prepare the corpus first.</source>
            <translation>This workspace has no cleaned corpus yet. Prepare the corpus first.</translation>
        </message>
        <message>
            <source>This workspace has no tokenizer yet. Train the tokenizer first.</source>
            <translation>This workspace has no tokenizer yet. Train the tokenizer first.</translation>
        </message>
        <message>
            <source>The reward model needs pairs about at least two different prompts ({n} now), so some can be held out. Label or import more pairs.</source>
            <translation>The reward model needs pairs about at least two different prompts ({n} now), so some can be held out. Label or import more pairs.</translation>
        </message>
        <message>
            <source>The tokenizer ({tok} tokens) is not the one the pretrained model learnt with ({model} tokens). Pretrain again with this tokenizer.</source>
            <translation>The tokenizer ({tok} tokens) is not the one the pretrained model learnt with ({model} tokens). Pretrain again with this tokenizer.</translation>
        </message>
        <message>
            <source>No conversation fits the model's context of {block} tokens with an answer in it. Use shorter conversations.</source>
            <translation>No conversation fits the model's context of {block} tokens with an answer in it. Use shorter conversations.</translation>
        </message>
        <message>
            <source>There is no corpus at {path}. Prepare the corpus first.</source>
            <translation>There is no corpus at {path}. Prepare the corpus first.</translation>
        </message>
        <message>
            <source>The corpus is empty, so there is nothing to learn tokens from. Generate the world or open a text first.</source>
            <translation>The corpus is empty, so there is nothing to learn tokens from. Generate the world or open a text first.</translation>
        </message>
        <message>
            <source>The text is {n} tokens long but this model sees at most {block} tokens. Use a shorter text.</source>
            <translation>The text is {n} tokens long but this model sees at most {block} tokens. Use a shorter text.</translation>
        </message>
        <message>
            <source>The checkpoint does not fit this model ({reason}). Train this stage again.</source>
            <translation>The checkpoint does not fit this model ({reason}). Train this stage again.</translation>
        </message>
        <message>
            <source>The width {width} does not divide by {heads} attention heads. Choose a multiple of {heads}, such as {nearest}.</source>
            <translation>The width {width} does not divide by {heads} attention heads. Choose a multiple of {heads}, such as {nearest}.</translation>
        </message>
        <message>
            <source>The vocabulary has {n} tokens; a model needs at least 2. Train the tokenizer first.</source>
            <translation>The vocabulary has {n} tokens; a model needs at least 2. Train the tokenizer first.</translation>
        </message>
        <message>
            <source>This model needs about {need} GB of memory to train, but about {have} GB are free. Use fewer layers, a smaller width or a smaller batch.</source>
            <translation>This model needs about {need} GB of memory to train, but about {have} GB are free. Use fewer layers, a smaller width or a smaller batch.</translation>
        </message>
        <message>
            <source>The prompt is empty. Write a few words first.</source>
            <translation>The prompt is empty. Write a few words first.</translation>
        </message>
        <message>
            <source>A scaling law needs at least {need} models of different sizes, but there are {n}. Train more models in the sweep.</source>
            <translation>A scaling law needs at least {need} models of different sizes, but there are {n}. Train more models in the sweep.</translation>
        </message>
        <message>
            <source>A pair needs a prompt and two answers that are not empty.</source>
            <translation>A pair needs a prompt and two answers that are not empty.</translation>
        </message>
        <message>
            <source>The two answers are identical, so there is nothing to prefer. Choose a pair with two different answers.</source>
            <translation>The two answers are identical, so there is nothing to prefer. Choose a pair with two different answers.</translation>
        </message>
        <message>
            <source>Line {line} needs the texts "prompt", "chosen" and "rejected".</source>
            <translation>Line {line} needs the texts "prompt", "chosen" and "rejected".</translation>
        </message>
        <message>
            <source>Line {line} is skipped: {reason}</source>
            <translation>Line {line} is skipped: {reason}</translation>
        </message>
        <message>
            <source>No usable preference pair in {path}. Each line must be a JSON object with the texts "prompt", "chosen" and "rejected".</source>
            <translation>No usable preference pair in {path}. Each line must be a JSON object with the texts "prompt", "chosen" and "rejected".</translation>
        </message>
        <message>
            <source>The temperature cannot be negative ({t}). Use 0 or more.</source>
            <translation>The temperature cannot be negative ({t}). Use 0 or more.</translation>
        </message>
        <message>
            <source>The temperature must be a number, 0 or more (0 = greedy), not {value}.</source>
            <translation>The temperature must be a number, 0 or more (0 = greedy), not {value}.</translation>
        </message>
        <message>
            <source>top-k must be 0 (keep every token) or more, not {value}.</source>
            <translation>top-k must be 0 (keep every token) or more, not {value}.</translation>
        </message>
        <message>
            <source>top-p must be more than 0 and at most 1, not {value}.</source>
            <translation>top-p must be more than 0 and at most 1, not {value}.</translation>
        </message>
        <message>
            <source>The seed must be a whole number from 0 to {top}, not {value}.</source>
            <translation>The seed must be a whole number from 0 to {top}, not {value}.</translation>
        </message>
        <message>
            <source>The number of new tokens must be 0 or more, not {value}.</source>
            <translation>The number of new tokens must be 0 or more, not {value}.</translation>
        </message>
        <message>
            <source>The compute budget must be more than 0 FLOPs, not {c}. Enter a positive number such as 1e18.</source>
            <translation>The compute budget must be more than 0 FLOPs, not {c}. Enter a positive number such as 1e18.</translation>
        </message>
        <message>
            <source>This tokenizer lacks the chat token {token} at id {id}. Train a tokenizer in the lab.</source>
            <translation>This tokenizer lacks the chat token {token} at id {id}. Train a tokenizer in the lab.</translation>
        </message>
        <message>
            <source>There is no token {id} in a vocabulary of {n}.</source>
            <translation>There is no token {id} in a vocabulary of {n}.</translation>
        </message>
        <message>
            <source>There is no tokenizer at {path}. Train one first.</source>
            <translation>There is no tokenizer at {path}. Train one first.</translation>
        </message>
        <message>
            <source>{path} is not a tokenizer file ({reason}). Train the tokenizer again.</source>
            <translation>{path} is not a tokenizer file ({reason}). Train the tokenizer again.</translation>
        </message>
        <message>
            <source>Only a BPE tokenizer can be exported for Hugging Face, and this workspace has a character tokenizer. Train a BPE tokenizer first.</source>
            <translation>Only a BPE tokenizer can be exported for Hugging Face, and this workspace has a character tokenizer. Train a BPE tokenizer first.</translation>
        </message>
        <message>
            <source>There is no SFT model to sample answers from yet. Run SFT first, or label the world's pairs.</source>
            <translation>There is no SFT model to sample answers from yet. Run SFT first, or label the world's pairs.</translation>
        </message>
        <message>
            <source>The model gave the same answer twice, and two identical answers cannot be compared. Press "Another pair".</source>
            <translation>The model gave the same answer twice, and two identical answers cannot be compared. Press "Another pair".</translation>
        </message>
        <message>
            <source>Could not read the scenario {path} ({reason}).</source>
            <translation>Could not read the scenario {path} ({reason}).</translation>
        </message>
        <message>
            <source>Line {line}: Unknown key {key}. Use preset, seed, lesson, step, hide or a section: {sections}.</source>
            <translation>Line {line}: Unknown key {key}. Use preset, seed, lesson, step, hide or a section: {sections}.</translation>
        </message>
        <message>
            <source>Line {line}: Unknown preset {name}. Choose one of: {names}.</source>
            <translation>Line {line}: Unknown preset {name}. Choose one of: {names}.</translation>
        </message>
        <message>
            <source>Line {line}: The scenario is nested too deeply. A scenario holds flat tables of settings, such as [pretrain] with lr = 0.001.</source>
            <translation>Line {line}: The scenario is nested too deeply. A scenario holds flat tables of settings, such as [pretrain] with lr = 0.001.</translation>
        </message>
        <message>
            <source>Line {line}: The scenario is not valid TOML: {reason}.</source>
            <translation>Line {line}: The scenario is not valid TOML: {reason}.</translation>
        </message>
        <message>
            <source>Line {line}: {key} must be {kind}, not {value}.</source>
            <translation>Line {line}: {key} must be {kind}, not {value}.</translation>
        </message>
        <message>
            <source>Line {line}: There is no lesson {lesson}. Use one of: {lessons}.</source>
            <translation>Line {line}: There is no lesson {lesson}. Use one of: {lessons}.</translation>
        </message>
        <message>
            <source>Line {line}: step must be 1 or more (1 is the lesson's first step), not {value}.</source>
            <translation>Line {line}: step must be 1 or more (1 is the lesson's first step), not {value}.</translation>
        </message>
        <message>
            <source>Line {line}: {key} must be a table ([{key}]) of settings.</source>
            <translation>Line {line}: {key} must be a table ([{key}]) of settings.</translation>
        </message>
        <message>
            <source>Line {line}: [{section}] has no setting {key}. It has: {keys}.</source>
            <translation>Line {line}: [{section}] has no setting {key}. It has: {keys}.</translation>
        </message>
        <message>
            <source>Line {line}: hide must be a list of settings such as ["pretrain.lr"].</source>
            <translation>Line {line}: hide must be a list of settings such as ["pretrain.lr"].</translation>
        </message>
        <message>
            <source>Line {line}: hide names {entry}, which is not a setting. Write section.setting, such as pretrain.lr.</source>
            <translation>Line {line}: hide names {entry}, which is not a setting. Write section.setting, such as pretrain.lr.</translation>
        </message>
        <message>
            <source>Line {line}: {name} must be between {lo} and {hi}, not {value}.</source>
            <translation>Line {line}: {name} must be between {lo} and {hi}, not {value}.</translation>
        </message>
        <message>
            <source>The workspace {path} has no finished pipeline to pack. Run `llm-lab pipeline --workspace {path}` first.</source>
            <translation>The workspace {path} has no finished pipeline to pack. Run `llm-lab pipeline --workspace {path}` first.</translation>
        </message>
        <message>
            <source>There is no usable bundle in {path} ({reason}). Build it with `make assets`.</source>
            <translation>There is no usable bundle in {path} ({reason}). Build it with `make assets`.</translation>
        </message>
        <message>
            <source>The bundle in {path} was made by a newer version of LLM Lab. Update LLM Lab, or rebuild the bundle with `make assets`.</source>
            <translation>The bundle in {path} was made by a newer version of LLM Lab. Update LLM Lab, or rebuild the bundle with `make assets`.</translation>
        </message>
        <message>
            <source>The bundle in {path} has a damaged manifest ({reason}). Rebuild the bundle with `make assets`.</source>
            <translation>The bundle in {path} has a damaged manifest ({reason}). Rebuild the bundle with `make assets`.</translation>
        </message>
        <message>
            <source>The bundled file {path} is missing or damaged. Rebuild the bundle with `make assets`.</source>
            <translation>The bundled file {path} is missing or damaged. Rebuild the bundle with `make assets`.</translation>
        </message>
        <message>
            <source>Could not move your work in {path} aside ({reason}). Close the programs that use it and try again.</source>
            <translation>Could not move your work in {path} aside ({reason}). Close the programs that use it and try again.</translation>
        </message>
        <message>
            <source>The bundle has no stage “{stage}”. Choose one of: {stages}.</source>
            <translation>The bundle has no stage “{stage}”. Choose one of: {stages}.</translation>
        </message>
        <message>
            <source>The bundled stage {stage} in {path} unpacks to more than {limit} MB, more than any real stage. Rebuild the bundle with `make assets`.</source>
            <translation>The bundled stage {stage} in {path} unpacks to more than {limit} MB, more than any real stage. Rebuild the bundle with `make assets`.</translation>
        </message>
        <message>
            <source>The bundled model {path} is damaged ({reason}). Rebuild the bundle with `make assets`.</source>
            <translation>The bundled model {path} is damaged ({reason}). Rebuild the bundle with `make assets`.</translation>
        </message>
        <message>
            <source>The checkpoint in {path} was saved by a newer version of LLM Lab (format {found}; this version reads up to {known}). Update LLM Lab, or train this stage again.</source>
            <translation>The checkpoint in {path} was saved by a newer version of LLM Lab (format {found}; this version reads up to {known}). Update LLM Lab, or train this stage again.</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder. Choose a folder for the workspace with --workspace.</source>
            <translation>{path} is a file, not a folder. Choose a folder for the workspace with --workspace.</translation>
        </message>
        <message>
            <source>The workspace {path} is in use by another run of LLM Lab (process {pid}, “{command}”, started {started}). Wait until it ends, stop it, or choose another folder with --workspace.</source>
            <translation>The workspace {path} is in use by another run of LLM Lab (process {pid}, “{command}”, started {started}). Wait until it ends, stop it, or choose another folder with --workspace.</translation>
        </message>
        <message>
            <source>Could not use the workspace folder {path} ({reason}). Choose another folder with --workspace.</source>
            <translation>Could not use the workspace folder {path} ({reason}). Choose another folder with --workspace.</translation>
        </message>
        <message>
            <source>The workspace {path} was made by a newer version of LLM Lab (format {found}; this version reads up to {known}). Update LLM Lab, or choose another folder with --workspace.</source>
            <translation>The workspace {path} was made by a newer version of LLM Lab (format {found}; this version reads up to {known}). Update LLM Lab, or choose another folder with --workspace.</translation>
        </message>
        <message>
            <source>The workspace {path} has a format stamp ({stamp}) that LLM Lab cannot read. Choose another folder with --workspace, or delete the stamp if you know the folder is a workspace of this version.</source>
            <translation>The workspace {path} has a format stamp ({stamp}) that LLM Lab cannot read. Choose another folder with --workspace, or delete the stamp if you know the folder is a workspace of this version.</translation>
        </message>
        <message>
            <source>The text given to {flag} is not valid UTF-8. Write it again in a UTF-8 terminal, or save it from an editor as UTF-8.</source>
            <translation>The text given to {flag} is not valid UTF-8. Write it again in a UTF-8 terminal, or save it from an editor as UTF-8.</translation>
        </message>
        <message>
            <source>{path} is not an LLM Lab workspace, and it is not empty, so nothing was installed or moved. Choose a new or empty folder with --workspace.</source>
            <translation>{path} is not an LLM Lab workspace, and it is not empty, so nothing was installed or moved. Choose a new or empty folder with --workspace.</translation>
        </message>
        <message>
            <source>{path} holds earlier work, so nothing was installed or moved. Add --yes to move it aside to a dated folder beside it, or choose another folder with --workspace.</source>
            <translation>{path} holds earlier work, so nothing was installed or moved. Add --yes to move it aside to a dated folder beside it, or choose another folder with --workspace.</translation>
        </message>
        <message>
            <source>Could not use {path} ({reason}). Check the name, that it is a file or a folder as the command expects, that you may read and write it, and that the disk has room.</source>
            <translation>Could not use {path} ({reason}). Check the name, that it is a file or a folder as the command expects, that you may read and write it, and that the disk has room.</translation>
        </message>
        <message>
            <source>The menu entry is for Linux desktops. On Windows and macOS, start LLM Lab with the `llm-lab` command.</source>
            <translation>The menu entry is for Linux desktops. On Windows and macOS, start LLM Lab with the `llm-lab` command.</translation>
        </message>
        <message>
            <source>{path} is a folder, but the tokenizer learns from one corpus file. Clean the folder into one first: llm-lab corpus clean {path} --out clean.txt, then use --corpus clean.txt.</source>
            <translation>{path} is a folder, but the tokenizer learns from one corpus file. Clean the folder into one first: llm-lab corpus clean {path} --out clean.txt, then use --corpus clean.txt.</translation>
        </message>
        <message>
            <source>{path} has no main text to read (only menus, links or scripts). It was skipped.</source>
            <translation>{path} has no main text to read (only menus, links or scripts). It was skipped.</translation>
        </message>
        <message>
            <source>{path} is a password-protected PDF, so its text cannot be read. Save a copy without a password.</source>
            <translation>{path} is a password-protected PDF, so its text cannot be read. Save a copy without a password.</translation>
        </message>
        <message>
            <source>{path} has no text in it (a scanned PDF is only pictures). It was skipped.</source>
            <translation>{path} has no text in it (a scanned PDF is only pictures). It was skipped.</translation>
        </message>
        <message>
            <source>{path} has no text field "{field}" ({kind}). Its text fields are: {found}. Choose one with --text-field.</source>
            <translation>{path} has no text field "{field}" ({kind}). Its text fields are: {found}. Choose one with --text-field.</translation>
        </message>
        <message>
            <source>{path} is a damaged {kind} file and cannot be read ({reason}). It was skipped.</source>
            <translation>{path} is a damaged {kind} file and cannot be read ({reason}). It was skipped.</translation>
        </message>
        <message>
            <source>There is no {model} yet in this workspace. Train it first on the {page} page, or with `llm-lab {command} --workspace {path}`.</source>
            <translation>There is no {model} yet in this workspace. Train it first on the {page} page, or with `llm-lab {command} --workspace {path}`.</translation>
        </message>
        <message>
            <source>Training diverged at step {step}: the loss is no longer a number, or it exploded. The learning rate {lr} is too high. Try {suggestion} or lower; a resumed run starts from the last good checkpoint.</source>
            <translation>Training diverged at step {step}: the loss is no longer a number, or it exploded. The learning rate {lr} is too high. Try {suggestion} or lower; a resumed run starts from the last good checkpoint.</translation>
        </message>
    </context>
    <context>
        <name>LessonCard</name>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>{percent} % done</source>
            <translation>{percent} % done</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
    </context>
    <context>
        <name>LessonDock</name>
        <message>
            <source>This lesson starts where the stage “{name}” ends. If you have not done that stage yet, do it first.</source>
            <translation>This lesson starts where the stage “{name}” ends. If you have not done that stage yet, do it first.</translation>
        </message>
        <message>
            <source>This lesson is meant to start from the scenario {name}.</source>
            <translation>This lesson is meant to start from the scenario {name}.</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>&amp;Lessons</source>
            <translation>&amp;Lessons</translation>
        </message>
        <message>
            <source>Show &amp;lessons</source>
            <translation>Show &amp;lessons</translation>
        </message>
        <message>
            <source>Lesson &amp;index</source>
            <translation>Lesson &amp;index</translation>
        </message>
        <message>
            <source>&amp;Teacher mode</source>
            <translation>&amp;Teacher mode</translation>
        </message>
        <message>
            <source>Move freely between steps (arrow keys, space) and see every check.</source>
            <translation>Move freely between steps (arrow keys, space) and see every check.</translation>
        </message>
    </context>
    <context>
        <name>LessonIndex</name>
        <message>
            <source>Lessons</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Each lesson takes 10 to 20 minutes. You read, predict, try it in the app, and answer a short quiz. Your progress is saved.</source>
            <translation>Each lesson takes 10 to 20 minutes. You read, predict, try it in the app, and answer a short quiz. Your progress is saved.</translation>
        </message>
    </context>
    <context>
        <name>LessonPlayer</name>
        <message>
            <source>All lessons</source>
            <translation>All lessons</translation>
        </message>
        <message>
            <source>Teacher mode</source>
            <translation>Teacher mode</translation>
        </message>
        <message>
            <source>Move freely between steps (arrow keys, space) and see every check.</source>
            <translation>Move freely between steps (arrow keys, space) and see every check.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Restart</translation>
        </message>
        <message>
            <source>Start this lesson over from its first step.</source>
            <translation>Start this lesson over from its first step.</translation>
        </message>
        <message>
            <source>Lesson complete</source>
            <translation>Lesson complete</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>Step {n} of {total}</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Done.</translation>
        </message>
        <message>
            <source>Waiting for you to do it…</source>
            <translation>Waiting for you to do it…</translation>
        </message>
        <message>
            <source>holds now</source>
            <translation>holds now</translation>
        </message>
        <message>
            <source>does not hold yet</source>
            <translation>does not hold yet</translation>
        </message>
        <message>
            <source>Check: {check} ({state})</source>
            <translation>Check: {check} ({state})</translation>
        </message>
        <message>
            <source>First make your prediction.</source>
            <translation>First make your prediction.</translation>
        </message>
        <message>
            <source>Do the step in the app first.</source>
            <translation>Do the step in the app first.</translation>
        </message>
        <message>
            <source>Answer the quiz first.</source>
            <translation>Answer the quiz first.</translation>
        </message>
    </context>
    <context>
        <name>LivePlot</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <source>Save plot</source>
            <translation>Save plot</translation>
        </message>
        <message>
            <source>Could not save {path}: {reason}</source>
            <translation>Could not save {path}: {reason}</translation>
        </message>
        <message>
            <source>Save as PNG image…</source>
            <translation>Save as PNG image…</translation>
        </message>
        <message>
            <source>Save as SVG drawing…</source>
            <translation>Save as SVG drawing…</translation>
        </message>
        <message>
            <source>Save data as CSV…</source>
            <translation>Save data as CSV…</translation>
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
            <source>There is no lesson {n}.</source>
            <translation>There is no lesson {n}.</translation>
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
            <source>Close LLM Lab</source>
            <translation>Close LLM Lab</translation>
        </message>
        <message>
            <source>{job} is running. Close anyway? It stops and saves first; next time it goes on from there.</source>
            <translation>{job} is running. Close anyway? It stops and saves first; next time it goes on from there.</translation>
        </message>
        <message>
            <source>Stopping and saving…</source>
            <translation>Stopping and saving…</translation>
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>{n} ({short})</source>
            <translation>{n} ({short})</translation>
        </message>
        <message>
            <source>{n} per token (forward and backward)</source>
            <translation>{n} per token (forward and backward)</translation>
        </message>
        <message>
            <source>{total} to train with batches of {batch}: weights {weights}, gradients {grads}, optimizer {opt}, activations {acts}</source>
            <translation>{total} to train with batches of {batch}: weights {weights}, gradients {grads}, optimizer {opt}, activations {acts}</translation>
        </message>
        <message>
            <source>{n} tokens (your tokenizer)</source>
            <translation>{n} tokens (your tokenizer)</translation>
        </message>
        <message>
            <source>{n} tokens (assumed: no tokenizer trained yet)</source>
            <translation>{n} tokens (assumed: no tokenizer trained yet)</translation>
        </message>
        <message>
            <source>B = batch ({b}), T = context ({t}), C = width ({c}), heads = {h}, V = vocabulary ({v})</source>
            <translation>B = batch ({b}), T = context ({t}), C = width ({c}), heads = {h}, V = vocabulary ({v})</translation>
        </message>
        <message>
            <source>× {n} blocks</source>
            <translation>× {n} blocks</translation>
        </message>
        <message>
            <source>The pretrained model in this workspace has another shape ({shape}). This choice is trained when you press Start over on the Pretraining page; Continue goes on with the saved model.</source>
            <translation>The pretrained model in this workspace has another shape ({shape}). This choice is trained when you press Start over on the Pretraining page; Continue goes on with the saved model.</translation>
        </message>
        <message>
            <source>Token ids</source>
            <translation>Token ids</translation>
        </message>
        <message>
            <source>Token embedding</source>
            <translation>Token embedding</translation>
        </message>
        <message>
            <source>Position embedding</source>
            <translation>Position embedding</translation>
        </message>
        <message>
            <source>Add: token + position</source>
            <translation>Add: token + position</translation>
        </message>
        <message>
            <source>LayerNorm</source>
            <translation>LayerNorm</translation>
        </message>
        <message>
            <source>Attention: queries, keys, values</source>
            <translation>Attention: queries, keys, values</translation>
        </message>
        <message>
            <source>Attention: split into heads</source>
            <translation>Attention: split into heads</translation>
        </message>
        <message>
            <source>Attention weights (causal mask)</source>
            <translation>Attention weights (causal mask)</translation>
        </message>
        <message>
            <source>Attention: weighted sum of values</source>
            <translation>Attention: weighted sum of values</translation>
        </message>
        <message>
            <source>Attention: output projection</source>
            <translation>Attention: output projection</translation>
        </message>
        <message>
            <source>Add (residual connection)</source>
            <translation>Add (residual connection)</translation>
        </message>
        <message>
            <source>MLP: widen ×4</source>
            <translation>MLP: widen ×4</translation>
        </message>
        <message>
            <source>MLP: GELU</source>
            <translation>MLP: GELU</translation>
        </message>
        <message>
            <source>MLP: project back</source>
            <translation>MLP: project back</translation>
        </message>
        <message>
            <source>Final LayerNorm</source>
            <translation>Final LayerNorm</translation>
        </message>
        <message>
            <source>Logits (output layer, shares the token embedding)</source>
            <translation>Logits (output layer, shares the token embedding)</translation>
        </message>
        <message>
            <source>Softmax: probability of each next token</source>
            <translation>Softmax: probability of each next token</translation>
        </message>
        <message>
            <source>Shape of the model</source>
            <translation>Shape of the model</translation>
        </message>
        <message>
            <source>What it costs</source>
            <translation>What it costs</translation>
        </message>
        <message>
            <source>Architecture: the tensors one batch goes through</source>
            <translation>Architecture: the tensors one batch goes through</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>FLOPs</source>
            <translation>FLOPs</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memory</translation>
        </message>
        <message>
            <source>Vocabulary</source>
            <translation>Vocabulary</translation>
        </message>
        <message>
            <source>{layers} layers, {heads} heads, width {width}, context {context} tokens</source>
            <translation>{layers} layers, {heads} heads, width {width}, context {context} tokens</translation>
        </message>
    </context>
    <context>
        <name>PairTable</name>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Chosen</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
    </context>
    <context>
        <name>PipelineDiagram</name>
        <message>
            <source>{s} s</source>
            <translation>{s} s</translation>
        </message>
        <message>
            <source>{m} min {s} s</source>
            <translation>{m} min {s} s</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name}: {value}</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>running…</translation>
        </message>
        <message>
            <source>not run yet</source>
            <translation>not run yet</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>bundled</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>{how} · {time}</source>
            <translation>{how} · {time}</translation>
        </message>
    </context>
    <context>
        <name>PlaygroundPage</name>
        <message>
            <source>Playground</source>
            <translation>Playground</translation>
        </message>
        <message>
            <source>Model from step {step} of pretraining ({params} parameters).</source>
            <translation>Model from step {step} of pretraining ({params} parameters).</translation>
        </message>
        <message>
            <source>There is no pretrained model yet. Pretrain one on the Pretraining page first.</source>
            <translation>There is no pretrained model yet. Pretrain one on the Pretraining page first.</translation>
        </message>
        <message>
            <source>1 token can be drawn · entropy {h} bits (how unsure the choice is)</source>
            <translation>1 token can be drawn · entropy {h} bits (how unsure the choice is)</translation>
        </message>
        <message>
            <source>{kept} tokens can be drawn · entropy {h} bits (how unsure the choice is)</source>
            <translation>{kept} tokens can be drawn · entropy {h} bits (how unsure the choice is)</translation>
        </message>
        <message>
            <source>top-k = {k}: the rest is cut</source>
            <translation>top-k = {k}: the rest is cut</translation>
        </message>
        <message>
            <source>top-p = {p}: the rest is cut</source>
            <translation>top-p = {p}: the rest is cut</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generate</translation>
        </message>
        <message>
            <source>The capital of France is</source>
            <translation>The capital of France is</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Next token</source>
            <translation>Next token</translation>
        </message>
        <message>
            <source>Draw one token with the sliders' settings. Or click a bar to choose it yourself.</source>
            <translation>Draw one token with the sliders' settings. Or click a bar to choose it yourself.</translation>
        </message>
        <message>
            <source>Continue the text token by token.</source>
            <translation>Continue the text token by token.</translation>
        </message>
        <message>
            <source>How many tokens Generate adds.</source>
            <translation>How many tokens Generate adds.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Take back the last token.</source>
            <translation>Take back the last token.</translation>
        </message>
        <message>
            <source>model</source>
            <translation>model</translation>
        </message>
        <message>
            <source>after temperature</source>
            <translation>after temperature</translation>
        </message>
        <message>
            <source>after top-k and top-p</source>
            <translation>after top-k and top-p</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>cumulative</translation>
        </message>
        <message>
            <source>Load a model and write a prompt to see the next-token probabilities.</source>
            <translation>Load a model and write a prompt to see the next-token probabilities.</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperature</translation>
        </message>
        <message>
            <source>Attention</source>
            <translation>Attention</translation>
        </message>
    </context>
    <context>
        <name>PreferencesPage</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>You agree with the rubric on {agree} of {n} pairs ({rate}).</source>
            <translation>You agree with the rubric on {agree} of {n} pairs ({rate}).</translation>
        </message>
        <message>
            <source>Choose the better answer: press 1 or 2 (0 for a tie, → to skip).</source>
            <translation>Choose the better answer: press 1 or 2 (0 for a tie, → to skip).</translation>
        </message>
        <message>
            <source>{total} pairs for the reward model: {rubric} from the rubric, {mine} labelled by you, {imported} imported. Decisions so far: {decisions}.</source>
            <translation>{total} pairs for the reward model: {rubric} from the rubric, {mine} labelled by you, {imported} imported. Decisions so far: {decisions}.</translation>
        </message>
        <message>
            <source>Import preference pairs</source>
            <translation>Import preference pairs</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
            <translation>JSON Lines (*.jsonl *.json);;All files (*)</translation>
        </message>
        <message>
            <source>{n} pairs imported from {file}.</source>
            <translation>{n} pairs imported from {file}.</translation>
        </message>
        <message>
            <source>Export preference pairs</source>
            <translation>Export preference pairs</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl)</source>
            <translation>JSON Lines (*.jsonl)</translation>
        </message>
        <message>
            <source>{n} pairs written to {file}.</source>
            <translation>{n} pairs written to {file}.</translation>
        </message>
        <message>
            <source>Pairs from the world</source>
            <translation>Pairs from the world</translation>
        </message>
        <message>
            <source>Two answers sampled from the model</source>
            <translation>Two answers sampled from the model</translation>
        </message>
        <message>
            <source>Another pair</source>
            <translation>Another pair</translation>
        </message>
        <message>
            <source>You are the human: which answer is better?</source>
            <translation>You are the human: which answer is better?</translation>
        </message>
        <message>
            <source>Answer {n}</source>
            <translation>Answer {n}</translation>
        </message>
        <message>
            <source>{n} is better (key {n})</source>
            <translation>{n} is better (key {n})</translation>
        </message>
        <message>
            <source>Tie (key 0)</source>
            <translation>Tie (key 0)</translation>
        </message>
        <message>
            <source>Skip (key →)</source>
            <translation>Skip (key →)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Preference dataset</source>
            <translation>Preference dataset</translation>
        </message>
        <message>
            <source>Use only my labels (replace the rubric's)</source>
            <translation>Use only my labels (replace the rubric's)</translation>
        </message>
        <message>
            <source>Off: your labels join the rubric's pairs. On: the reward model learns from your labels and imported pairs only.</source>
            <translation>Off: your labels join the rubric's pairs. On: the reward model learns from your labels and imported pairs only.</translation>
        </message>
        <message>
            <source>Import JSONL…</source>
            <translation>Import JSONL…</translation>
        </message>
        <message>
            <source>Export JSONL…</source>
            <translation>Export JSONL…</translation>
        </message>
        <message>
            <source>rubric</source>
            <translation>rubric</translation>
        </message>
        <message>
            <source>you</source>
            <translation>you</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>correctness</source>
            <translation>correctness</translation>
        </message>
        <message>
            <source>politeness</source>
            <translation>politeness</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>concision</source>
            <translation>concision</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>Last pair: {prompt}</source>
            <translation>Last pair: {prompt}</translation>
        </message>
        <message>
            <source>The rubric scores both answers the same.</source>
            <translation>The rubric scores both answers the same.</translation>
        </message>
        <message>
            <source>The rubric prefers answer {n}.</source>
            <translation>The rubric prefers answer {n}.</translation>
        </message>
        <message>
            <source>You called it a tie.</source>
            <translation>You called it a tie.</translation>
        </message>
        <message>
            <source>You agree.</source>
            <translation>You agree.</translation>
        </message>
        <message>
            <source>You chose the other one.</source>
            <translation>You chose the other one.</translation>
        </message>
        <message>
            <source>Answer 1</source>
            <translation>Answer 1</translation>
        </message>
        <message>
            <source>Answer 2</source>
            <translation>Answer 2</translation>
        </message>
    </context>
    <context>
        <name>PrepareBanner</name>
        <message>
            <source>Generating the world, cleaning it and training the tokenizer…</source>
            <translation>Generating the world, cleaning it and training the tokenizer…</translation>
        </message>
        <message>
            <source>{step}… ({done} of {total})</source>
            <translation>{step}… ({done} of {total})</translation>
        </message>
        <message>
            <source>Pretraining needs a cleaned corpus and a tokenizer. Make them on the Corpus and Tokenizer pages, or let the lab make them now with the classroom settings.</source>
            <translation>Pretraining needs a cleaned corpus and a tokenizer. Make them on the Corpus and Tokenizer pages, or let the lab make them now with the classroom settings.</translation>
        </message>
        <message>
            <source>Prepare them for me</source>
            <translation>Prepare them for me</translation>
        </message>
    </context>
    <context>
        <name>PretrainPage</name>
        <message>
            <source>Pretraining</source>
            <translation>Pretraining</translation>
        </message>
        <message>
            <source>Start over forgets the model trained so far and its curves. Go on?</source>
            <translation>Start over forgets the model trained so far and its curves. Go on?</translation>
        </message>
        <message>
            <source>Checkpoint saved at step {step}.</source>
            <translation>Checkpoint saved at step {step}.</translation>
        </message>
        <message>
            <source>{n} tokens per second</source>
            <translation>{n} tokens per second</translation>
        </message>
        <message>
            <source>step {done} of {total}</source>
            <translation>step {done} of {total}</translation>
        </message>
        <message>
            <source>{eta} left</source>
            <translation>{eta} left</translation>
        </message>
        <message>
            <source>{params} parameters, {tokens} training tokens, on {device}.</source>
            <translation>{params} parameters, {tokens} training tokens, on {device}.</translation>
        </message>
        <message>
            <source>It trains the model chosen on the Model page: {shape}.</source>
            <translation>It trains the model chosen on the Model page: {shape}.</translation>
        </message>
        <message>
            <source>Continue trains the saved model: {saved}. The Model page now has another model ({chosen}); it is trained only if you press Start over.</source>
            <translation>Continue trains the saved model: {saved}. The Model page now has another model ({chosen}); it is trained only if you press Start over.</translation>
        </message>
        <message>
            <source>It trains the saved model: {shape}.</source>
            <translation>It trains the saved model: {shape}.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>The model's shape cannot work. Fix it on the Model page first.</source>
            <translation>The model's shape cannot work. Fix it on the Model page first.</translation>
        </message>
        <message>
            <source>Prepare the corpus and the tokenizer first (see above).</source>
            <translation>Prepare the corpus and the tokenizer first (see above).</translation>
        </message>
        <message>
            <source>Training settings</source>
            <translation>Training settings</translation>
        </message>
        <message>
            <source>Forget the saved model and train a new one from scratch.</source>
            <translation>Forget the saved model and train a new one from scratch.</translation>
        </message>
        <message>
            <source>Train the model named above; continues from the saved checkpoint if there is one.</source>
            <translation>Train the model named above; continues from the saved checkpoint if there is one.</translation>
        </message>
        <message>
            <source>Stop and save a checkpoint; you can continue later.</source>
            <translation>Stop and save a checkpoint; you can continue later.</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>What the model writes (newest on top)</source>
            <translation>What the model writes (newest on top)</translation>
        </message>
        <message>
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>validation</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>learning rate</translation>
        </message>
    </context>
    <context>
        <name>QuestionBox</name>
        <message>
            <source>Predict first</source>
            <translation>Predict first</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Your guess is in. Now see for yourself.</source>
            <translation>Your guess is in. Now see for yourself.</translation>
        </message>
        <message>
            <source>You predicted it.</source>
            <translation>You predicted it.</translation>
        </message>
        <message>
            <source>Not this time.</source>
            <translation>Not this time.</translation>
        </message>
        <message>
            <source>The answer: {answer}</source>
            <translation>The answer: {answer}</translation>
        </message>
        <message>
            <source>Right.</source>
            <translation>Right.</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>Not quite.</translation>
        </message>
    </context>
    <context>
        <name>RLHFPage</name>
        <message>
            <source>RLHF</source>
            <translation>RLHF</translation>
        </message>
        <message>
            <source>Sandbox off: the next run trains the class's PPO model.</source>
            <translation>Sandbox off: the next run trains the class's PPO model.</translation>
        </message>
        <message>
            <source>Sandbox loaded: β = 0 and the knowledge prior off, so nothing holds the model near the SFT model. Press Start and watch the two rewards part ways; then set β to 0.1 and start again. Sandbox runs are saved apart: the class's PPO model is not touched.</source>
            <translation>Sandbox loaded: β = 0 and the knowledge prior off, so nothing holds the model near the SFT model. Press Start and watch the two rewards part ways; then set β to 0.1 and start again. Sandbox runs are saved apart: the class's PPO model is not touched.</translation>
        </message>
        <message>
            <source>sandbox</source>
            <translation>sandbox</translation>
        </message>
        <message>
            <source>Held-out questions: rubric reward {reward} (SFT model: {sft}), rude answers {rude}, KL to the SFT model {kl} nats per answer.</source>
            <translation>Held-out questions: rubric reward {reward} (SFT model: {sft}), rude answers {rude}, KL to the SFT model {kl} nats per answer.</translation>
        </message>
        <message>
            <source>RLHF starts from the SFT model, and this workspace has none yet. Fine-tune one on the SFT page first.</source>
            <translation>RLHF starts from the SFT model, and this workspace has none yet. Fine-tune one on the SFT page first.</translation>
        </message>
        <message>
            <source>There is no reward model yet, and PPO and GRPO need one to score the answers. Train one on the Reward page first.</source>
            <translation>There is no reward model yet, and PPO and GRPO need one to score the answers. Train one on the Reward page first.</translation>
        </message>
        <message>
            <source>PPO (RLHF with a value model)</source>
            <translation>PPO (RLHF with a value model)</translation>
        </message>
        <message>
            <source>GRPO (groups of answers, no value model)</source>
            <translation>GRPO (groups of answers, no value model)</translation>
        </message>
        <message>
            <source>Offline RL (stored answers, no generation)</source>
            <translation>Offline RL (stored answers, no generation)</translation>
        </message>
        <message>
            <source>Method and settings</source>
            <translation>Method and settings</translation>
        </message>
        <message>
            <source>KL penalty β</source>
            <translation>KL penalty β</translation>
        </message>
        <message>
            <source>How much each token of an answer pays for moving away from the SFT model. Small β: higher reward-model scores, and the risk of reward hacking.</source>
            <translation>How much each token of an answer pays for moving away from the SFT model. Small β: higher reward-model scores, and the risk of reward hacking.</translation>
        </message>
        <message>
            <source>Reward-hacking sandbox (β = 0)</source>
            <translation>Reward-hacking sandbox (β = 0)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Top left:&lt;/b&gt; the reward model's score (blue, left scale), which the policy is trained to raise, and the rubric's score (green, right scale), the human's opinion, which it never sees. &lt;b&gt;Top right:&lt;/b&gt; the same two rewards against the KL to the SFT model: when blue keeps climbing while green falls, the model is hacking the reward. &lt;b&gt;Below:&lt;/b&gt; the KL in nats per answer, and the entropy of the policy (how unsure it is per token). In PPO the KL is &lt;i&gt;inside the reward&lt;/i&gt;: every token pays β × its log-ratio to the SFT model, so a larger β keeps answers close to the SFT model. GRPO puts the KL in the loss instead, and offline RL only re-weights answers stored earlier.</source>
            <translation>&lt;b&gt;Top left:&lt;/b&gt; the reward model's score (blue, left scale), which the policy is trained to raise, and the rubric's score (green, right scale), the human's opinion, which it never sees. &lt;b&gt;Top right:&lt;/b&gt; the same two rewards against the KL to the SFT model: when blue keeps climbing while green falls, the model is hacking the reward. &lt;b&gt;Below:&lt;/b&gt; the KL in nats per answer, and the entropy of the policy (how unsure it is per token). In PPO the KL is &lt;i&gt;inside the reward&lt;/i&gt;: every token pays β × its log-ratio to the SFT model, so a larger β keeps answers close to the SFT model. GRPO puts the KL in the loss instead, and offline RL only re-weights answers stored earlier.</translation>
        </message>
        <message>
            <source>reward model</source>
            <translation>reward model</translation>
        </message>
        <message>
            <source>rubric (the human)</source>
            <translation>rubric (the human)</translation>
        </message>
        <message>
            <source>rubric</source>
            <translation>rubric</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>iteration</translation>
        </message>
        <message>
            <source>Load the setting where the reward model's score keeps rising while the rubric's falls: PPO with no KL penalty, scored by the reward model's learned head without its knowledge prior.</source>
            <translation>Load the setting where the reward model's score keeps rising while the rubric's falls: PPO with no KL penalty, scored by the reward model's learned head without its knowledge prior.</translation>
        </message>
        <message>
            <source>KL to the SFT model (nats per answer)</source>
            <translation>KL to the SFT model (nats per answer)</translation>
        </message>
        <message>
            <source>KL to the SFT model</source>
            <translation>KL to the SFT model</translation>
        </message>
        <message>
            <source>nats per answer</source>
            <translation>nats per answer</translation>
        </message>
        <message>
            <source>entropy per token</source>
            <translation>entropy per token</translation>
        </message>
        <message>
            <source>loss (offline RL)</source>
            <translation>loss (offline RL)</translation>
        </message>
        <message>
            <source>nats</source>
            <translation>nats</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Reward model</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Rubric</translation>
        </message>
        <message>
            <source>KL</source>
            <translation>KL</translation>
        </message>
        <message>
            <source>run {n} ({label}): {what}</source>
            <translation>run {n} ({label}): {what}</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Pipeline report</source>
            <translation>Pipeline report</translation>
        </message>
    </context>
    <context>
        <name>RewardPage</name>
        <message>
            <source>Reward model</source>
            <translation>Reward model</translation>
        </message>
        <message>
            <source>Held-out pairs ranked right, by what is wrong with the rejected answer: {parts}.</source>
            <translation>Held-out pairs ranked right, by what is wrong with the rejected answer: {parts}.</translation>
        </message>
        <message>
            <source>No reward model yet: train it (Start), then score again.</source>
            <translation>No reward model yet: train it (Start), then score again.</translation>
        </message>
        <message>
            <source>Reward model: {score}</source>
            <translation>Reward model: {score}</translation>
        </message>
        <message>
            <source>{n} preference pairs: {rubric} from the rubric, {mine} yours.</source>
            <translation>{n} preference pairs: {rubric} from the rubric, {mine} yours.</translation>
        </message>
        <message>
            <source>{sampled} of the rubric's compare the SFT model's own answers (sampled when the reward model starts training).</source>
            <translation>{sampled} of the rubric's compare the SFT model's own answers (sampled when the reward model starts training).</translation>
        </message>
        <message>
            <source>Only your labels are used (see Preferences).</source>
            <translation>Only your labels are used (see Preferences).</translation>
        </message>
        <message>
            <source>The reward model starts from the SFT model, and this workspace has none yet. Run SFT first.</source>
            <translation>The reward model starts from the SFT model, and this workspace has none yet. Run SFT first.</translation>
        </message>
        <message>
            <source>Preference pairs</source>
            <translation>Preference pairs</translation>
        </message>
        <message>
            <source>Label pairs yourself</source>
            <translation>Label pairs yourself</translation>
        </message>
        <message>
            <source>Training settings</source>
            <translation>Training settings</translation>
        </message>
        <message>
            <source>Train the reward model from the SFT model on the preference pairs.</source>
            <translation>Train the reward model from the SFT model on the preference pairs.</translation>
        </message>
        <message>
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <source>held-out pairs</source>
            <translation>held-out pairs</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>Bradley–Terry loss</source>
            <translation>Bradley–Terry loss</translation>
        </message>
        <message>
            <source>training batch</source>
            <translation>training batch</translation>
        </message>
        <message>
            <source>pairs ranked right</source>
            <translation>pairs ranked right</translation>
        </message>
        <message>
            <source>Scores of held-out answers</source>
            <translation>Scores of held-out answers</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>chosen</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>reward model score</source>
            <translation>reward model score</translation>
        </message>
        <message>
            <source>answers</source>
            <translation>answers</translation>
        </message>
        <message>
            <source>Score any answer</source>
            <translation>Score any answer</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Rubric</translation>
        </message>
        <message>
            <source>rude</source>
            <translation>rude</translation>
        </message>
        <message>
            <source>wrong fact</source>
            <translation>wrong fact</translation>
        </message>
        <message>
            <source>other language</source>
            <translation>other language</translation>
        </message>
        <message>
            <source>rambling</source>
            <translation>rambling</translation>
        </message>
        <message>
            <source>needless "I don't know"</source>
            <translation>needless "I don't know"</translation>
        </message>
        <message>
            <source>made-up fact</source>
            <translation>made-up fact</translation>
        </message>
        <message>
            <source>another subject</source>
            <translation>another subject</translation>
        </message>
        <message>
            <source>the SFT model's own mistake</source>
            <translation>the SFT model's own mistake</translation>
        </message>
        <message>
            <source>Only differences between reward-model scores mean something: compare two answers to the same prompt.</source>
            <translation>Only differences between reward-model scores mean something: compare two answers to the same prompt.</translation>
        </message>
    </context>
    <context>
        <name>RunControls</name>
        <message>
            <source>{message} · {done} of {total}</source>
            <translation>{message} · {done} of {total}</translation>
        </message>
        <message>
            <source>{message} · step {done} of {total}</source>
            <translation>{message} · step {done} of {total}</translation>
        </message>
        <message>
            <source>Stopped. What was learnt so far is saved: Start goes on from there.</source>
            <translation>Stopped. What was learnt so far is saved: Start goes on from there.</translation>
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
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start, or go on with a run that was stopped.</source>
            <translation>Start, or go on with a run that was stopped.</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Start over</translation>
        </message>
        <message>
            <source>Begin again from the SFT model, forgetting a stopped run.</source>
            <translation>Begin again from the SFT model, forgetting a stopped run.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stop and save what was learnt so far.</source>
            <translation>Stop and save what was learnt so far.</translation>
        </message>
    </context>
    <context>
        <name>RunsTable</name>
        <message>
            <source>Run SFT once with loss masking and once without it (same steps) to compare them here.</source>
            <translation>Run SFT once with loss masking and once without it (same steps) to compare them here.</translation>
        </message>
        <message>
            <source>The two runs have different numbers of steps, so the comparison is not fair yet.</source>
            <translation>The two runs have different numbers of steps, so the comparison is not fair yet.</translation>
        </message>
        <message>
            <source>With the same steps, the masked run answers better: every update went to learning the answers, none to copying questions.</source>
            <translation>With the same steps, the masked run answers better: every update went to learning the answers, none to copying questions.</translation>
        </message>
        <message>
            <source>Here the unmasked run came out ahead. With short questions that resemble the answers, learning the questions too can help a little; the masked run spent no effort on them.</source>
            <translation>Here the unmasked run came out ahead. With short questions that resemble the answers, learning the questions too can help a little; the masked run spent no effort on them.</translation>
        </message>
        <message>
            <source>Both runs reach the same figures: on this data, learning the questions too neither helps nor hurts the answers. Masking matters more when prompts are long or unlike the answers.</source>
            <translation>Both runs reach the same figures: on this data, learning the questions too neither helps nor hurts the answers. Masking matters more when prompts are long or unlike the answers.</translation>
        </message>
        <message>
            <source>Loss masking: compare the runs</source>
            <translation>Loss masking: compare the runs</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Unmasked</source>
            <translation>Unmasked</translation>
        </message>
        <message>
            <source>Masked</source>
            <translation>Masked</translation>
        </message>
    </context>
    <context>
        <name>SFTPage</name>
        <message>
            <source>SFT</source>
            <translation>SFT</translation>
        </message>
        <message>
            <source>Your conversations (JSONL)</source>
            <translation>Your conversations (JSONL)</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
            <translation>JSON Lines (*.jsonl *.json);;All files (*)</translation>
        </message>
        <message>
            <source>{n} conversations from {file}.</source>
            <translation>{n} conversations from {file}.</translation>
        </message>
        <message>
            <source>{n} lines skipped:</source>
            <translation>{n} lines skipped:</translation>
        </message>
        <message>
            <source>{n} conversations written by the world: polite, correct, short answers.</source>
            <translation>{n} conversations written by the world: polite, correct, short answers.</translation>
        </message>
        <message>
            <source>Short pretraining</source>
            <translation>Short pretraining</translation>
        </message>
        <message>
            <source>Pretraining a base model for a few minutes…</source>
            <translation>Pretraining a base model for a few minutes…</translation>
        </message>
        <message>
            <source>Step {step}: {prompt} ▸ {text}</source>
            <translation>Step {step}: {prompt} ▸ {text}</translation>
        </message>
        <message>
            <source>SFT starts from a pretrained model, and this workspace has none yet. Pretrain one on the Pretrain page, or run a short pretraining here.</source>
            <translation>SFT starts from a pretrained model, and this workspace has none yet. Pretrain one on the Pretrain page, or run a short pretraining here.</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>The world's conversations</source>
            <translation>The world's conversations</translation>
        </message>
        <message>
            <source>My file (JSONL)</source>
            <translation>My file (JSONL)</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>One conversation per line, in the common form: a "messages" list of turns, each with a "role" (user or assistant) and a "content".</source>
            <translation>One conversation per line, in the common form: a "messages" list of turns, each with a "role" (user or assistant) and a "content".</translation>
        </message>
        <message>
            <source>Fine-tuning settings</source>
            <translation>Fine-tuning settings</translation>
        </message>
        <message>
            <source>Loss on answers only</source>
            <translation>Loss on answers only</translation>
        </message>
        <message>
            <source>On: only the assistant's tokens count in the loss. Off: every token counts, the questions too. Train once each way and compare.</source>
            <translation>On: only the assistant's tokens count in the loss. Off: every token counts, the questions too. Train once each way and compare.</translation>
        </message>
        <message>
            <source>Begin again from the pretrained model, forgetting a stopped run.</source>
            <translation>Begin again from the pretrained model, forgetting a stopped run.</translation>
        </message>
        <message>
            <source>Fine-tune the pretrained model on the conversations.</source>
            <translation>Fine-tune the pretrained model on the conversations.</translation>
        </message>
        <message>
            <source>Stop and save the model as it is now.</source>
            <translation>Stop and save the model as it is now.</translation>
        </message>
        <message>
            <source>Chat template: what the model reads, and what it learns</source>
            <translation>Chat template: what the model reads, and what it learns</translation>
        </message>
        <message>
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <source>validation (answers)</source>
            <translation>validation (answers)</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>share of probe answers</source>
            <translation>share of probe answers</translation>
        </message>
        <message>
            <source>Format (stops with &lt;|end|&gt;)</source>
            <translation>Format (stops with &lt;|end|&gt;)</translation>
        </message>
        <message>
            <source>Accuracy (all probes)</source>
            <translation>Accuracy (all probes)</translation>
        </message>
        <message>
            <source>Accuracy (known facts)</source>
            <translation>Accuracy (known facts)</translation>
        </message>
        <message>
            <source>Rude answers</source>
            <translation>Rude answers</translation>
        </message>
        <message>
            <source>Same language</source>
            <translation>Same language</translation>
        </message>
        <message>
            <source>Rubric reward</source>
            <translation>Rubric reward</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Accuracy</translation>
        </message>
        <message>
            <source>Accuracy, known</source>
            <translation>Accuracy, known</translation>
        </message>
        <message>
            <source>Rude</source>
            <translation>Rude</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Reward</translation>
        </message>
    </context>
    <context>
        <name>SampleTimeline</name>
        <message>
            <source>step {step} · {prompt} ▸ {text}</source>
            <translation>step {step} · {prompt} ▸ {text}</translation>
        </message>
        <message>
            <source>While the model trains, it writes a continuation of two prompts every few steps. They appear here, newest on top.</source>
            <translation>While the model trains, it writes a continuation of two prompts every few steps. They appear here, newest on top.</translation>
        </message>
    </context>
    <context>
        <name>SamplingControls</name>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperature</translation>
        </message>
        <message>
            <source>Divides the logits: below 1 the likely tokens win more often, above 1 the choice gets flatter; 0 always takes the most likely token.</source>
            <translation>Divides the logits: below 1 the likely tokens win more often, above 1 the choice gets flatter; 0 always takes the most likely token.</translation>
        </message>
        <message>
            <source>Keeps only the k most likely tokens (off = all of them).</source>
            <translation>Keeps only the k most likely tokens (off = all of them).</translation>
        </message>
        <message>
            <source>Keeps the most likely tokens until their probability adds up to p (off = all of them).</source>
            <translation>Keeps the most likely tokens until their probability adds up to p (off = all of them).</translation>
        </message>
    </context>
    <context>
        <name>ScalePage</name>
        <message>
            <source>years</source>
            <translation>years</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>seconds</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>your budget</source>
            <translation>your budget</translation>
        </message>
        <message>
            <source>compute-optimal (20 tokens per parameter)</source>
            <translation>compute-optimal (20 tokens per parameter)</translation>
        </message>
        <message>
            <source>your sweep</source>
            <translation>your sweep</translation>
        </message>
        <message>
            <source>famous runs</source>
            <translation>famous runs</translation>
        </message>
        <message>
            <source>your models</source>
            <translation>your models</translation>
        </message>
        <message>
            <source>Scaling sweep</source>
            <translation>Scaling sweep</translation>
        </message>
        <message>
            <source>Scaling law</source>
            <translation>Scaling law</translation>
        </message>
        <message>
            <source>non-embedding parameters N</source>
            <translation>non-embedding parameters N</translation>
        </message>
        <message>
            <source>validation loss</source>
            <translation>validation loss</translation>
        </message>
        <message>
            <source>Fitted scaling law: L(N) = {a}·N&lt;sup&gt;−α&lt;/sup&gt; + {c}, with &lt;b&gt;α = {alpha}&lt;/b&gt;. Each tenfold increase in parameters multiplies the reducible loss by {factor}.</source>
            <translation>Fitted scaling law: L(N) = {a}·N&lt;sup&gt;−α&lt;/sup&gt; + {c}, with &lt;b&gt;α = {alpha}&lt;/b&gt;. Each tenfold increase in parameters multiplies the reducible loss by {factor}.</translation>
        </message>
        <message>
            <source>With the same budget, the best size in this sweep is about {n} parameters.</source>
            <translation>With the same budget, the best size in this sweep is about {n} parameters.</translation>
        </message>
        <message>
            <source>No bottom yet: with this budget, the best size lies outside the sweep.</source>
            <translation>No bottom yet: with this budget, the best size lies outside the sweep.</translation>
        </message>
        <message>
            <source>{n} models trained; a law needs at least 4.</source>
            <translation>{n} models trained; a law needs at least 4.</translation>
        </message>
        <message>
            <source>Train models of growing size on the same data and watch the loss follow a power law.</source>
            <translation>Train models of growing size on the same data and watch the loss follow a power law.</translation>
        </message>
        <message>
            <source>Run sweep</source>
            <translation>Run sweep</translation>
        </message>
        <message>
            <source>Train the models one after another; on 2 cores the classroom sweep takes a few minutes.</source>
            <translation>Train the models one after another; on 2 cores the classroom sweep takes a few minutes.</translation>
        </message>
        <message>
            <source>Energy: your runs and famous ones</source>
            <translation>Energy: your runs and famous ones</translation>
        </message>
        <message>
            <source>Famous runs</source>
            <translation>Famous runs</translation>
        </message>
        <message>
            <source>parameters N</source>
            <translation>parameters N</translation>
        </message>
        <message>
            <source>training tokens D</source>
            <translation>training tokens D</translation>
        </message>
        <message>
            <source>Every dotted line spends the same FLOPs (6·N·D)</source>
            <translation>Every dotted line spends the same FLOPs (6·N·D)</translation>
        </message>
        <message>
            <source>tokens seen</source>
            <translation>tokens seen</translation>
        </message>
        <message>
            <source>training loss</source>
            <translation>training loss</translation>
        </message>
        <message>
            <source>Each model learning</source>
            <translation>Each model learning</translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>&amp;Open scenario…</source>
            <translation>&amp;Open scenario…</translation>
        </message>
        <message>
            <source>Load a teacher's scenario: settings, hidden controls and a lesson.</source>
            <translation>Load a teacher's scenario: settings, hidden controls and a lesson.</translation>
        </message>
        <message>
            <source>&amp;Save scenario…</source>
            <translation>&amp;Save scenario…</translation>
        </message>
        <message>
            <source>Save the current settings, hidden controls and lesson as a scenario.</source>
            <translation>Save the current settings, hidden controls and lesson as a scenario.</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Save scenario</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>Open scenario</translation>
        </message>
        <message>
            <source>Scenario (*.toml)</source>
            <translation>Scenario (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>SideColumn</name>
        <message>
            <source>Settings ›</source>
            <translation>Settings ›</translation>
        </message>
        <message>
            <source>‹ Hide settings</source>
            <translation>‹ Hide settings</translation>
        </message>
        <message>
            <source>Show the settings of this page.</source>
            <translation>Show the settings of this page.</translation>
        </message>
        <message>
            <source>Fold the settings away so the plots take the space.</source>
            <translation>Fold the settings away so the plots take the space.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Not run yet</source>
            <translation>Not run yet</translation>
        </message>
    </context>
    <context>
        <name>StepView</name>
        <message>
            <source>Your turn</source>
            <translation>Your turn</translation>
        </message>
        <message>
            <source>Show me</source>
            <translation>Show me</translation>
        </message>
        <message>
            <source>Point at the part of the app this step is about.</source>
            <translation>Point at the part of the app this step is about.</translation>
        </message>
    </context>
    <context>
        <name>StepsView</name>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Documents left</source>
            <translation>Documents left</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Characters taken out</source>
            <translation>Characters taken out</translation>
        </message>
        <message>
            <source>Clean the corpus to see what each step did.</source>
            <translation>Clean the corpus to see what each step did.</translation>
        </message>
        <message>
            <source>Choose a step to see examples of what it removed or changed.</source>
            <translation>Choose a step to see examples of what it removed or changed.</translation>
        </message>
        <message>
            <source>Rules that fired: {rules}</source>
            <translation>Rules that fired: {rules}</translation>
        </message>
        <message>
            <source>This step changed nothing.</source>
            <translation>This step changed nothing.</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
    </context>
    <context>
        <name>TemperaturePanel</name>
        <message>
            <source>T = {t}</source>
            <translation>T = {t}</translation>
        </message>
        <message>
            <source>{h} bits</source>
            <translation>{h} bits</translation>
        </message>
        <message>
            <source>The same next token at several temperatures (with your top-k and top-p). Low temperature: sure and repetitive. High: varied, then nonsense.</source>
            <translation>The same next token at several temperatures (with your top-k and top-p). Low temperature: sure and repetitive. High: varied, then nonsense.</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>temperature</translation>
        </message>
        <message>
            <source>entropy (bits)</source>
            <translation>entropy (bits)</translation>
        </message>
        <message>
            <source>temperature only</source>
            <translation>temperature only</translation>
        </message>
        <message>
            <source>with top-k and top-p</source>
            <translation>with top-k and top-p</translation>
        </message>
        <message>
            <source>Samples per temperature</source>
            <translation>Samples per temperature</translation>
        </message>
        <message>
            <source>Draw samples</source>
            <translation>Draw samples</translation>
        </message>
        <message>
            <source>Continue the text several times at each temperature.</source>
            <translation>Continue the text several times at each temperature.</translation>
        </message>
    </context>
    <context>
        <name>ThreadLabel</name>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>{device} · {threads} threads</source>
            <translation>{device} · {threads} threads</translation>
        </message>
        <message>
            <source>{device} · {threads} threads (cores shared)</source>
            <translation>{device} · {threads} threads (cores shared)</translation>
        </message>
        <message>
            <source>{threads} threads, as the job's “CPU threads” setting asks.</source>
            <translation>{threads} threads, as the job's “CPU threads” setting asks.</translation>
        </message>
        <message>
            <source>{threads} threads, as the OMP_NUM_THREADS environment variable asks.</source>
            <translation>{threads} threads, as the OMP_NUM_THREADS environment variable asks.</translation>
        </message>
        <message>
            <source>{threads} threads: other programs keep about {busy} of the {cores} cores busy, and more threads would only fight them for the cores. A running job looks again every few seconds.</source>
            <translation>{threads} threads: other programs keep about {busy} of the {cores} cores busy, and more threads would only fight them for the cores. A running job looks again every few seconds.</translation>
        </message>
        <message>
            <source>{threads} threads: the {cores} cores are free of other work. A running job looks again every few seconds.</source>
            <translation>{threads} threads: the {cores} cores are free of other work. A running job looks again every few seconds.</translation>
        </message>
    </context>
    <context>
        <name>TokenizerPage</name>
        <message>
            <source>Tokenizer</source>
            <translation>Tokenizer</translation>
        </message>
        <message>
            <source>Vocabulary size: {n} tokens</source>
            <translation>Vocabulary size: {n} tokens</translation>
        </message>
        <message>
            <source>No tokenizer yet. Clean the corpus, then train one.</source>
            <translation>No tokenizer yet. Clean the corpus, then train one.</translation>
        </message>
        <message>
            <source>Trained: {n} tokens ({merges} merges).</source>
            <translation>Trained: {n} tokens ({merges} merges).</translation>
        </message>
        <message>
            <source>You asked for {asked}: the corpus had no more pairs frequent enough.</source>
            <translation>You asked for {asked}: the corpus had no more pairs frequent enough.</translation>
        </message>
        <message>
            <source>On the corpus: {cpt} characters per token.</source>
            <translation>On the corpus: {cpt} characters per token.</translation>
        </message>
        <message>
            <source>{rank}. {left} + {right} → {token}  (id {id})</source>
            <translation>{rank}. {left} + {right} → {token}  (id {id})</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>Characters</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>BPE tokens</source>
            <translation>BPE tokens</translation>
        </message>
        <message>
            <source>{n} tokens</source>
            <translation>{n} tokens</translation>
        </message>
        <message>
            <source>Train the tokenizer to see your text as tokens.</source>
            <translation>Train the tokenizer to see your text as tokens.</translation>
        </message>
        <message>
            <source>Click a token to see its id, its bytes and how often it occurs.</source>
            <translation>Click a token to see its id, its bytes and how often it occurs.</translation>
        </message>
        <message>
            <source>Token {id} “{text}” · bytes {hex}</source>
            <translation>Token {id} “{text}” · bytes {hex}</translation>
        </message>
        <message>
            <source>used {count} times as a token in a sample of the corpus</source>
            <translation>used {count} times as a token in a sample of the corpus</translation>
        </message>
        <message>
            <source>never used on its own in a sample of the corpus: there its letters are always part of a longer token</source>
            <translation>never used on its own in a sample of the corpus: there its letters are always part of a longer token</translation>
        </message>
        <message>
            <source>Each point is a tokenizer of {n} tokens trained with that share of Spanish, measured on the same facts in both languages.</source>
            <translation>Each point is a tokenizer of {n} tokens trained with that share of Spanish, measured on the same facts in both languages.</translation>
        </message>
        <message>
            <source>Yours, on your corpus: Spanish {es}, English {en} characters per token.</source>
            <translation>Yours, on your corpus: Spanish {es}, English {en} characters per token.</translation>
        </message>
        <message>
            <source>Train the tokenizer to measure what each language pays.</source>
            <translation>Train the tokenizer to measure what each language pays.</translation>
        </message>
        <message>
            <source>Train the tokenizer</source>
            <translation>Train the tokenizer</translation>
        </message>
        <message>
            <source>How many tokens the tokenizer may know: 256 bytes, 4 chat tokens, and the merges it learns.</source>
            <translation>How many tokens the tokenizer may know: 256 bytes, 4 chat tokens, and the merges it learns.</translation>
        </message>
        <message>
            <source>The first merges, in order</source>
            <translation>The first merges, in order</translation>
        </message>
        <message>
            <source>Your text, as tokens</source>
            <translation>Your text, as tokens</translation>
        </message>
        <message>
            <source>Write something in Spanish or English…</source>
            <translation>Write something in Spanish or English…</translation>
        </message>
        <message>
            <source>As the vocabulary grows</source>
            <translation>As the vocabulary grows</translation>
        </message>
        <message>
            <source>The language price</source>
            <translation>The language price</translation>
        </message>
        <message>
            <source>characters per token</source>
            <translation>characters per token</translation>
        </message>
        <message>
            <source>Spanish when training (%)</source>
            <translation>Spanish when training (%)</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Length of your text</source>
            <translation>Length of your text</translation>
        </message>
    </context>
    <context>
        <name>WorkerCard</name>
        <message>
            <source>The whole training corpus; in colour, the part this worker reads.</source>
            <translation>The whole training corpus; in colour, the part this worker reads.</translation>
        </message>
        <message>
            <source>Worker {rank}</source>
            <translation>Worker {rank}</translation>
        </message>
        <message>
            <source>{device} ({backend}) on {host}; {batch} sequences per step</source>
            <translation>{device} ({backend}) on {host}; {batch} sequences per step</translation>
        </message>
        <message>
            <source>tokens {start}–{end}</source>
            <translation>tokens {start}–{end}</translation>
        </message>
        <message>
            <source>{share} of the corpus</source>
            <translation>{share} of the corpus</translation>
        </message>
        <message>
            <source>last loss {loss}</source>
            <translation>last loss {loss}</translation>
        </message>
        <message>
            <source>{tokens} tokens read</source>
            <translation>{tokens} tokens read</translation>
        </message>
        <message>
            <source>step {step} of {total}</source>
            <translation>step {step} of {total}</translation>
        </message>
        <message>
            <source>step {step}</source>
            <translation>step {step}</translation>
        </message>
    </context>
    <context>
        <name>WorkersChoice</name>
        <message>
            <source>Workers</source>
            <translation>Workers</translation>
        </message>
        <message>
            <source>1 (one process)</source>
            <translation>1 (one process)</translation>
        </message>
        <message>
            <source>2 (data parallelism)</source>
            <translation>2 (data parallelism)</translation>
        </message>
        <message>
            <source>With 2 workers, each one reads its own part of the corpus and they average their gradients at every step: together they train one model.</source>
            <translation>With 2 workers, each one reads its own part of the corpus and they average their gradients at every step: together they train one model.</translation>
        </message>
    </context>
    <context>
        <name>WorkersPanel</name>
        <message>
            <source>Workers</source>
            <translation>Workers</translation>
        </message>
        <message>
            <source>Once training starts, each worker's part of the corpus, its step and its loss appear here.</source>
            <translation>Once training starts, each worker's part of the corpus, its step and its loss appear here.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceMenu</name>
        <message>
            <source>&amp;New workspace…</source>
            <translation>&amp;New workspace…</translation>
        </message>
        <message>
            <source>Start from nothing in a new, empty folder.</source>
            <translation>Start from nothing in a new, empty folder.</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>&amp;Open workspace…</translation>
        </message>
        <message>
            <source>Open a folder with earlier work.</source>
            <translation>Open a folder with earlier work.</translation>
        </message>
        <message>
            <source>&amp;Recent workspaces</source>
            <translation>&amp;Recent workspaces</translation>
        </message>
        <message>
            <source>New workspace: choose or create an empty folder</source>
            <translation>New workspace: choose or create an empty folder</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Open workspace</translation>
        </message>
        <message>
            <source>Workspaces</source>
            <translation>Workspaces</translation>
        </message>
        <message>
            <source>The folder {path} is not empty. Choose an empty folder (or create one in the dialog) so that nothing in it gets mixed with the new work.</source>
            <translation>The folder {path} is not empty. Choose an empty folder (or create one in the dialog) so that nothing in it gets mixed with the new work.</translation>
        </message>
        <message>
            <source>The folder {path} is not an LLM Lab workspace. Choose the folder that holds workspace.json, or make a new workspace.</source>
            <translation>The folder {path} is not an LLM Lab workspace. Choose the folder that holds workspace.json, or make a new workspace.</translation>
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
            <source>How many CPU threads torch may use (0 = as many as the cores other programs leave free).</source>
            <translation>How many CPU threads torch may use (0 = as many as the cores other programs leave free).</translation>
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
            <source>Spanish share</source>
            <translation>Spanish share</translation>
        </message>
        <message>
            <source>Share of documents written in Spanish; the rest are in English.</source>
            <translation>Share of documents written in Spanish; the rest are in English.</translation>
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
        <message>
            <source>Compile the model</source>
            <translation>Compile the model</translation>
        </message>
        <message>
            <source>Let PyTorch fuse the model into faster code. The first time it waits up to a minute; small models on a CPU gain little.</source>
            <translation>Let PyTorch fuse the model into faster code. The first time it waits up to a minute; small models on a CPU gain little.</translation>
        </message>
        <message>
            <source>Conversations per update.</source>
            <translation>Conversations per update.</translation>
        </message>
        <message>
            <source>Peak step size; fine-tuning usually wants less than pretraining.</source>
            <translation>Peak step size; fine-tuning usually wants less than pretraining.</translation>
        </message>
        <message>
            <source>Loss on answers only</source>
            <translation>Loss on answers only</translation>
        </message>
        <message>
            <source>Loss masking: count only the assistant's tokens. Off: learn every token, the questions too.</source>
            <translation>Loss masking: count only the assistant's tokens. Off: learn every token, the questions too.</translation>
        </message>
        <message>
            <source>Steps between evaluations on the held-out probe questions.</source>
            <translation>Steps between evaluations on the held-out probe questions.</translation>
        </message>
        <message>
            <source>Probe questions</source>
            <translation>Probe questions</translation>
        </message>
        <message>
            <source>How many held-out questions each evaluation asks.</source>
            <translation>How many held-out questions each evaluation asks.</translation>
        </message>
        <message>
            <source>Answer length</source>
            <translation>Answer length</translation>
        </message>
        <message>
            <source>The most tokens an answer may have during evaluation.</source>
            <translation>The most tokens an answer may have during evaluation.</translation>
        </message>
        <message>
            <source>Preference pairs per update.</source>
            <translation>Preference pairs per update.</translation>
        </message>
        <message>
            <source>Peak step size; too high and the scores swing wildly.</source>
            <translation>Peak step size; too high and the scores swing wildly.</translation>
        </message>
        <message>
            <source>Steps between measurements on the held-out pairs.</source>
            <translation>Steps between measurements on the held-out pairs.</translation>
        </message>
        <message>
            <source>Held-out share</source>
            <translation>Held-out share</translation>
        </message>
        <message>
            <source>Share of the prompts kept aside to measure accuracy on pairs the model never saw.</source>
            <translation>Share of the prompts kept aside to measure accuracy on pairs the model never saw.</translation>
        </message>
        <message>
            <source>Knowledge prior</source>
            <translation>Knowledge prior</translation>
        </message>
        <message>
            <source>Add how likely the SFT model finds the answer (per token) to the score, and train only the head: a wrong fact is an unlikely answer. Off: the whole transformer learns from the pairs alone.</source>
            <translation>Add how likely the SFT model finds the answer (per token) to the score, and train only the head: a wrong fact is an unlikely answer. Off: the whole transformer learns from the pairs alone.</translation>
        </message>
        <message>
            <source>Reward model size (blocks)</source>
            <translation>Reward model size (blocks)</translation>
        </message>
        <message>
            <source>How many of the SFT model's transformer blocks the reward model keeps (0 = all). Fewer blocks make a smaller, weaker judge: with 1 of 4 it has a quarter of the policy's block parameters.</source>
            <translation>How many of the SFT model's transformer blocks the reward model keeps (0 = all). Fewer blocks make a smaller, weaker judge: with 1 of 4 it has a quarter of the policy's block parameters.</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation>Iterations</translation>
        </message>
        <message>
            <source>Rounds of answering prompts, scoring them and updating the model.</source>
            <translation>Rounds of answering prompts, scoring them and updating the model.</translation>
        </message>
        <message>
            <source>Prompts per iteration</source>
            <translation>Prompts per iteration</translation>
        </message>
        <message>
            <source>How many prompts the model answers before each update.</source>
            <translation>How many prompts the model answers before each update.</translation>
        </message>
        <message>
            <source>The most tokens an answer may have.</source>
            <translation>The most tokens an answer may have.</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperature</translation>
        </message>
        <message>
            <source>Sampling temperature while exploring; 1 samples the model as it is.</source>
            <translation>Sampling temperature while exploring; 1 samples the model as it is.</translation>
        </message>
        <message>
            <source>KL penalty β</source>
            <translation>KL penalty β</translation>
        </message>
        <message>
            <source>How much each token pays for moving away from the SFT model. Near 0, the model may hack the reward.</source>
            <translation>How much each token pays for moving away from the SFT model. Near 0, the model may hack the reward.</translation>
        </message>
        <message>
            <source>Score answers as the reward model was trained: its head plus how likely the SFT model finds the answer. Off: the head alone scores them, a weaker proxy with loopholes (the reward-hacking sandbox).</source>
            <translation>Score answers as the reward model was trained: its head plus how likely the SFT model finds the answer. Off: the head alone scores them, a weaker proxy with loopholes (the reward-hacking sandbox).</translation>
        </message>
        <message>
            <source>Step size of the policy; too high and it breaks.</source>
            <translation>Step size of the policy; too high and it breaks.</translation>
        </message>
        <message>
            <source>Value learning rate</source>
            <translation>Value learning rate</translation>
        </message>
        <message>
            <source>Step size of the value model that predicts the reward to come.</source>
            <translation>Step size of the value model that predicts the reward to come.</translation>
        </message>
        <message>
            <source>PPO epochs</source>
            <translation>PPO epochs</translation>
        </message>
        <message>
            <source>How many times each batch of answers is reused for updates.</source>
            <translation>How many times each batch of answers is reused for updates.</translation>
        </message>
        <message>
            <source>Minibatch size</source>
            <translation>Minibatch size</translation>
        </message>
        <message>
            <source>Answers per gradient step inside an epoch.</source>
            <translation>Answers per gradient step inside an epoch.</translation>
        </message>
        <message>
            <source>Clip range ε</source>
            <translation>Clip range ε</translation>
        </message>
        <message>
            <source>How far one update may change a token's probability ratio.</source>
            <translation>How far one update may change a token's probability ratio.</translation>
        </message>
        <message>
            <source>Discount γ</source>
            <translation>Discount γ</translation>
        </message>
        <message>
            <source>Weight of later rewards; 1 counts the whole answer.</source>
            <translation>Weight of later rewards; 1 counts the whole answer.</translation>
        </message>
        <message>
            <source>GAE λ</source>
            <translation>GAE λ</translation>
        </message>
        <message>
            <source>Trades bias for variance in the advantages (generalized advantage estimation).</source>
            <translation>Trades bias for variance in the advantages (generalized advantage estimation).</translation>
        </message>
        <message>
            <source>Iterations between checkpoints.</source>
            <translation>Iterations between checkpoints.</translation>
        </message>
        <message>
            <source>Group size</source>
            <translation>Group size</translation>
        </message>
        <message>
            <source>Answers per prompt; each is compared with the mean of its group.</source>
            <translation>Answers per prompt; each is compared with the mean of its group.</translation>
        </message>
        <message>
            <source>Weight of the KL to the SFT model, here a term of the loss.</source>
            <translation>Weight of the KL to the SFT model, here a term of the loss.</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochs</translation>
        </message>
        <message>
            <source>β</source>
            <translation>β</translation>
        </message>
        <message>
            <source>How strongly the model is held near the SFT model; smaller lets it move further.</source>
            <translation>How strongly the model is held near the SFT model; smaller lets it move further.</translation>
        </message>
        <message>
            <source>Step size; too high and the model forgets how to write.</source>
            <translation>Step size; too high and the model forgets how to write.</translation>
        </message>
        <message>
            <source>SFT term α (RPO)</source>
            <translation>SFT term α (RPO)</translation>
        </message>
        <message>
            <source>Weight of the chosen answers' own likelihood added to the loss (RPO); 0 is plain DPO.</source>
            <translation>Weight of the chosen answers' own likelihood added to the loss (RPO); 0 is plain DPO.</translation>
        </message>
        <message>
            <source>Steps between scoring answers to held-out prompts.</source>
            <translation>Steps between scoring answers to held-out prompts.</translation>
        </message>
        <message>
            <source>Largest N</source>
            <translation>Largest N</translation>
        </message>
        <message>
            <source>Answers sampled per prompt; every N up to this one is measured.</source>
            <translation>Answers sampled per prompt; every N up to this one is measured.</translation>
        </message>
        <message>
            <source>N for evaluation</source>
            <translation>N for evaluation</translation>
        </message>
        <message>
            <source>The N whose picks are evaluated like a trained model.</source>
            <translation>The N whose picks are evaluated like a trained model.</translation>
        </message>
        <message>
            <source>Sampling temperature of the N answers.</source>
            <translation>Sampling temperature of the N answers.</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>Prompts</translation>
        </message>
        <message>
            <source>How many held-out prompts to try (0 = all).</source>
            <translation>How many held-out prompts to try (0 = all).</translation>
        </message>
        <message>
            <source>Experiences per update.</source>
            <translation>Experiences per update.</translation>
        </message>
        <message>
            <source>Reward temperature τ</source>
            <translation>Reward temperature τ</translation>
        </message>
        <message>
            <source>Weights grow as exp(reward / τ): small τ copies mostly the best answers.</source>
            <translation>Weights grow as exp(reward / τ): small τ copies mostly the best answers.</translation>
        </message>
        <message>
            <source>Share kept</source>
            <translation>Share kept</translation>
        </message>
        <message>
            <source>Only the best-rewarded share of experiences is learned from (1 = all).</source>
            <translation>Only the best-rewarded share of experiences is learned from (1 = all).</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>How many models of growing size to train.</source>
            <translation>How many models of growing size to train.</translation>
        </message>
        <message>
            <source>Smallest width</source>
            <translation>Smallest width</translation>
        </message>
        <message>
            <source>Embedding size of the smallest model; depth grows with width.</source>
            <translation>Embedding size of the smallest model; depth grows with width.</translation>
        </message>
        <message>
            <source>Largest width</source>
            <translation>Largest width</translation>
        </message>
        <message>
            <source>Embedding size of the largest model.</source>
            <translation>Embedding size of the largest model.</translation>
        </message>
        <message>
            <source>Steps per model</source>
            <translation>Steps per model</translation>
        </message>
        <message>
            <source>Optimizer updates for each model (with the same budget: for the middle one).</source>
            <translation>Optimizer updates for each model (with the same budget: for the middle one).</translation>
        </message>
        <message>
            <source>Peak step size, the same for every model.</source>
            <translation>Peak step size, the same for every model.</translation>
        </message>
        <message>
            <source>Same compute budget</source>
            <translation>Same compute budget</translation>
        </message>
        <message>
            <source>On: every model gets the same FLOPs, so bigger ones see fewer tokens. Off: every model sees the same tokens.</source>
            <translation>On: every model gets the same FLOPs, so bigger ones see fewer tokens. Off: every model sees the same tokens.</translation>
        </message>
        <message>
            <source>Normalise</source>
            <translation>Normalise</translation>
        </message>
        <message>
            <source>Same Unicode form (NFC) for accents, no control characters, single spaces.</source>
            <translation>Same Unicode form (NFC) for accents, no control characters, single spaces.</translation>
        </message>
        <message>
            <source>Remove markup</source>
            <translation>Remove markup</translation>
        </message>
        <message>
            <source>Remove HTML tags and entities, Markdown marks, and boilerplate lines such as cookie notices and menus.</source>
            <translation>Remove HTML tags and entities, Markdown marks, and boilerplate lines such as cookie notices and menus.</translation>
        </message>
        <message>
            <source>Remove junk</source>
            <translation>Remove junk</translation>
        </message>
        <message>
            <source>Drop documents that are not prose: mostly symbols, digits or very long strings.</source>
            <translation>Drop documents that are not prose: mostly symbols, digits or very long strings.</translation>
        </message>
        <message>
            <source>Minimum length</source>
            <translation>Minimum length</translation>
        </message>
        <message>
            <source>Drop documents shorter than this many characters (0 keeps them all).</source>
            <translation>Drop documents shorter than this many characters (0 keeps them all).</translation>
        </message>
        <message>
            <source>Remove repetitive documents</source>
            <translation>Remove repetitive documents</translation>
        </message>
        <message>
            <source>Gopher's repetition filters: drop documents with too many repeated lines, paragraphs or word sequences. On for your own files; the world's pages repeat on purpose.</source>
            <translation>Gopher's repetition filters: drop documents with too many repeated lines, paragraphs or word sequences. On for your own files; the world's pages repeat on purpose.</translation>
        </message>
        <message>
            <source>Quality rules</source>
            <translation>Quality rules</translation>
        </message>
        <message>
            <source>Gopher's quality rules: drop documents with odd word lengths, many '#' or '…', only bullet lines, or no common words such as 'de', 'la', 'the'.</source>
            <translation>Gopher's quality rules: drop documents with odd word lengths, many '#' or '…', only bullet lines, or no common words such as 'de', 'la', 'the'.</translation>
        </message>
        <message>
            <source>Only Spanish and English</source>
            <translation>Only Spanish and English</translation>
        </message>
        <message>
            <source>Drop documents that look neither Spanish nor English.</source>
            <translation>Drop documents that look neither Spanish nor English.</translation>
        </message>
        <message>
            <source>Remove rude documents</source>
            <translation>Remove rude documents</translation>
        </message>
        <message>
            <source>Drop documents with insults. Note that it drops the whole thread, good replies included.</source>
            <translation>Drop documents with insults. Note that it drops the whole thread, good replies included.</translation>
        </message>
        <message>
            <source>Remove exact duplicates</source>
            <translation>Remove exact duplicates</translation>
        </message>
        <message>
            <source>Keep one copy of documents that are equal apart from case, punctuation and spacing.</source>
            <translation>Keep one copy of documents that are equal apart from case, punctuation and spacing.</translation>
        </message>
        <message>
            <source>Remove near duplicates</source>
            <translation>Remove near duplicates</translation>
        </message>
        <message>
            <source>Keep one copy of documents that share most of their word triples (MinHash).</source>
            <translation>Keep one copy of documents that share most of their word triples (MinHash).</translation>
        </message>
        <message>
            <source>Remove repeated lines</source>
            <translation>Remove repeated lines</translation>
        </message>
        <message>
            <source>Drop lines that an earlier document already had: menus, cookie notices and footers every page of a site repeats (CCNet). On for your own files; the world repeats its facts on purpose.</source>
            <translation>Drop lines that an earlier document already had: menus, cookie notices and footers every page of a site repeats (CCNet). On for your own files; the world repeats its facts on purpose.</translation>
        </message>
        <message>
            <source>Near-duplicate similarity</source>
            <translation>Near-duplicate similarity</translation>
        </message>
        <message>
            <source>How similar (Jaccard, 0 to 1) two documents must be to count as near duplicates.</source>
            <translation>How similar (Jaccard, 0 to 1) two documents must be to count as near duplicates.</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>text in quotes</source>
            <translation>text in quotes</translation>
        </message>
        <message>
            <source>FIFO (named pipe)</source>
            <translation>FIFO (named pipe)</translation>
        </message>
        <message>
            <source>socket</source>
            <translation>socket</translation>
        </message>
        <message>
            <source>device</source>
            <translation>device</translation>
        </message>
        <message>
            <source>cleaned corpus</source>
            <translation>cleaned corpus</translation>
        </message>
        <message>
            <source>tokenizer</source>
            <translation>tokenizer</translation>
        </message>
        <message>
            <source>pretrained model</source>
            <translation>pretrained model</translation>
        </message>
        <message>
            <source>SFT model</source>
            <translation>SFT model</translation>
        </message>
        <message>
            <source>reward model</source>
            <translation>reward model</translation>
        </message>
        <message>
            <source>PPO model</source>
            <translation>PPO model</translation>
        </message>
        <message>
            <source>DPO model</source>
            <translation>DPO model</translation>
        </message>
        <message>
            <source>GRPO model</source>
            <translation>GRPO model</translation>
        </message>
        <message>
            <source>offline RL model</source>
            <translation>offline RL model</translation>
        </message>
    </context>
    <context>
        <name>job</name>
        <message>
            <source>Loading the models</source>
            <translation>Loading the models</translation>
        </message>
        <message>
            <source>Asking every model</source>
            <translation>Asking every model</translation>
        </message>
        <message>
            <source>Looking for a question the models answer differently</source>
            <translation>Looking for a question the models answer differently</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Starting the workers</source>
            <translation>Starting the workers</translation>
        </message>
        <message>
            <source>Sampling N answers per question</source>
            <translation>Sampling N answers per question</translation>
        </message>
        <message>
            <source>Scoring the pairs with the SFT model</source>
            <translation>Scoring the pairs with the SFT model</translation>
        </message>
        <message>
            <source>Asking the held-out questions</source>
            <translation>Asking the held-out questions</translation>
        </message>
        <message>
            <source>Reading the stored experiences</source>
            <translation>Reading the stored experiences</translation>
        </message>
        <message>
            <source>Generating the world</source>
            <translation>Generating the world</translation>
        </message>
        <message>
            <source>Cleaning the corpus</source>
            <translation>Cleaning the corpus</translation>
        </message>
        <message>
            <source>Training the tokenizer</source>
            <translation>Training the tokenizer</translation>
        </message>
        <message>
            <source>Ready to pretrain</source>
            <translation>Ready to pretrain</translation>
        </message>
        <message>
            <source>Reading the corpus</source>
            <translation>Reading the corpus</translation>
        </message>
        <message>
            <source>Compiling the model</source>
            <translation>Compiling the model</translation>
        </message>
        <message>
            <source>The SFT model reads every answer once; then only the head learns</source>
            <translation>The SFT model reads every answer once; then only the head learns</translation>
        </message>
        <message>
            <source>Preparing the preference pairs</source>
            <translation>Preparing the preference pairs</translation>
        </message>
        <message>
            <source>Training the reward model</source>
            <translation>Training the reward model</translation>
        </message>
        <message>
            <source>Preparing the conversations</source>
            <translation>Preparing the conversations</translation>
        </message>
        <message>
            <source>Fine-tuning</source>
            <translation>Fine-tuning</translation>
        </message>
        <message>
            <source>Asking the probe questions</source>
            <translation>Asking the probe questions</translation>
        </message>
        <message>
            <source>Training the models</source>
            <translation>Training the models</translation>
        </message>
        <message>
            <source>Counting words</source>
            <translation>Counting words</translation>
        </message>
        <message>
            <source>Learning merges</source>
            <translation>Learning merges</translation>
        </message>
        <message>
            <source>Measuring on the held-out questions</source>
            <translation>Measuring on the held-out questions</translation>
        </message>
        <message>
            <source>Unpacking the bundled stages</source>
            <translation>Unpacking the bundled stages</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>Writing the report</translation>
        </message>
        <message>
            <source>Best-of-N</source>
            <translation>Best-of-N</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Reading your files</source>
            <translation>Reading your files</translation>
        </message>
        <message>
            <source>Counting the cleaning statistics</source>
            <translation>Counting the cleaning statistics</translation>
        </message>
        <message>
            <source>DPO</source>
            <translation>DPO</translation>
        </message>
        <message>
            <source>Whole pipeline</source>
            <translation>Whole pipeline</translation>
        </message>
        <message>
            <source>Bundled stages</source>
            <translation>Bundled stages</translation>
        </message>
        <message>
            <source>Drawing samples</source>
            <translation>Drawing samples</translation>
        </message>
        <message>
            <source>Pretraining</source>
            <translation>Pretraining</translation>
        </message>
        <message>
            <source>Preparing the data</source>
            <translation>Preparing the data</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Reward model</translation>
        </message>
        <message>
            <source>PPO</source>
            <translation>PPO</translation>
        </message>
        <message>
            <source>GRPO</source>
            <translation>GRPO</translation>
        </message>
        <message>
            <source>Offline RL</source>
            <translation>Offline RL</translation>
        </message>
        <message>
            <source>Scaling sweep</source>
            <translation>Scaling sweep</translation>
        </message>
        <message>
            <source>SFT</source>
            <translation>SFT</translation>
        </message>
        <message>
            <source>Short pretraining</source>
            <translation>Short pretraining</translation>
        </message>
        <message>
            <source>Measuring the language price</source>
            <translation>Measuring the language price</translation>
        </message>
        <message>
            <source>Measuring the tokenizer</source>
            <translation>Measuring the tokenizer</translation>
        </message>
        <message>
            <source>Writing samples with the saved model</source>
            <translation>Writing samples with the saved model</translation>
        </message>
        <message>
            <source>The SFT model answers practice questions; the human compares its made-up facts</source>
            <translation>The SFT model answers practice questions; the human compares its made-up facts</translation>
        </message>
        <message>
            <source>Best-of-N with a weak judge (a reward model with fewer blocks)</source>
            <translation>Best-of-N with a weak judge (a reward model with fewer blocks)</translation>
        </message>
    </context>
    <context>
        <name>metric</name>
        <message>
            <source>documents before cleaning</source>
            <translation>documents before cleaning</translation>
        </message>
        <message>
            <source>documents after cleaning</source>
            <translation>documents after cleaning</translation>
        </message>
        <message>
            <source>characters after cleaning</source>
            <translation>characters after cleaning</translation>
        </message>
        <message>
            <source>share of documents removed</source>
            <translation>share of documents removed</translation>
        </message>
        <message>
            <source>vocabulary size</source>
            <translation>vocabulary size</translation>
        </message>
        <message>
            <source>characters per token</source>
            <translation>characters per token</translation>
        </message>
        <message>
            <source>training loss</source>
            <translation>training loss</translation>
        </message>
        <message>
            <source>validation loss</source>
            <translation>validation loss</translation>
        </message>
        <message>
            <source>bits per byte (validation)</source>
            <translation>bits per byte (validation)</translation>
        </message>
        <message>
            <source>correct answers</source>
            <translation>correct answers</translation>
        </message>
        <message>
            <source>correct answers to facts it was taught</source>
            <translation>correct answers to facts it was taught</translation>
        </message>
        <message>
            <source>answers in the chat format</source>
            <translation>answers in the chat format</translation>
        </message>
        <message>
            <source>answers in the question's language</source>
            <translation>answers in the question's language</translation>
        </message>
        <message>
            <source>rude answers</source>
            <translation>rude answers</translation>
        </message>
        <message>
            <source>made-up facts about facts nobody taught it</source>
            <translation>made-up facts about facts nobody taught it</translation>
        </message>
        <message>
            <source>"I don't know" to facts nobody taught it</source>
            <translation>"I don't know" to facts nobody taught it</translation>
        </message>
        <message>
            <source>reward from the rubric</source>
            <translation>reward from the rubric</translation>
        </message>
        <message>
            <source>reward from the reward model</source>
            <translation>reward from the reward model</translation>
        </message>
        <message>
            <source>KL to the SFT model</source>
            <translation>KL to the SFT model</translation>
        </message>
        <message>
            <source>pairs ranked like the human</source>
            <translation>pairs ranked like the human</translation>
        </message>
        <message>
            <source>reward model's reward (training)</source>
            <translation>reward model's reward (training)</translation>
        </message>
        <message>
            <source>rubric's reward (training)</source>
            <translation>rubric's reward (training)</translation>
        </message>
        <message>
            <source>KL to the SFT model (training)</source>
            <translation>KL to the SFT model (training)</translation>
        </message>
        <message>
            <source>implicit reward, chosen answers</source>
            <translation>implicit reward, chosen answers</translation>
        </message>
        <message>
            <source>implicit reward, rejected answers</source>
            <translation>implicit reward, rejected answers</translation>
        </message>
        <message>
            <source>implicit reward margin</source>
            <translation>implicit reward margin</translation>
        </message>
        <message>
            <source>experiences kept</source>
            <translation>experiences kept</translation>
        </message>
        <message>
            <source>reward from the rubric, best of N picked by a weak judge</source>
            <translation>reward from the rubric, best of N picked by a weak judge</translation>
        </message>
        <message>
            <source>weak judge's pairs ranked like the human</source>
            <translation>weak judge's pairs ranked like the human</translation>
        </message>
        <message>
            <source>weak judge's share of the policy's blocks</source>
            <translation>weak judge's share of the policy's blocks</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Pairs ranked like the human</source>
            <translation>Pairs ranked like the human</translation>
        </message>
        <message>
            <source>Reward while training</source>
            <translation>Reward while training</translation>
        </message>
        <message>
            <source>KL to the SFT model</source>
            <translation>KL to the SFT model</translation>
        </message>
        <message>
            <source>Implicit rewards</source>
            <translation>Implicit rewards</translation>
        </message>
        <message>
            <source>LLM Lab: pipeline report</source>
            <translation>LLM Lab: pipeline report</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Preset</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Total time</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>trained in advance (bundled)</source>
            <translation>trained in advance (bundled)</translation>
        </message>
        <message>
            <source>The same questions at every stage</source>
            <translation>The same questions at every stage</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>The stages at a glance</source>
            <translation>The stages at a glance</translation>
        </message>
    </context>
    <context>
        <name>scaling</name>
        <message>
            <source>This computer (measured)</source>
            <translation>This computer (measured)</translation>
        </message>
        <message>
            <source>tokens: an order of magnitude only</source>
            <translation>tokens: an order of magnitude only</translation>
        </message>
        <message>
            <source>20 tokens per parameter</source>
            <translation>20 tokens per parameter</translation>
        </message>
        <message>
            <source>mixture of experts: 37B of 671B parameters active</source>
            <translation>mixture of experts: 37B of 671B parameters active</translation>
        </message>
        <message>
            <source>mixture of experts: 288B of about 2T parameters active</source>
            <translation>mixture of experts: 288B of about 2T parameters active</translation>
        </message>
    </context>
    <context>
        <name>stage</name>
        <message>
            <source>Corpus</source>
            <translation>Corpus</translation>
        </message>
        <message>
            <source>Tokenizer</source>
            <translation>Tokenizer</translation>
        </message>
        <message>
            <source>Pretraining</source>
            <translation>Pretraining</translation>
        </message>
        <message>
            <source>SFT</source>
            <translation>SFT</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Reward model</translation>
        </message>
        <message>
            <source>RLHF (PPO)</source>
            <translation>RLHF (PPO)</translation>
        </message>
        <message>
            <source>DPO</source>
            <translation>DPO</translation>
        </message>
        <message>
            <source>GRPO</source>
            <translation>GRPO</translation>
        </message>
        <message>
            <source>Best-of-N</source>
            <translation>Best-of-N</translation>
        </message>
        <message>
            <source>Offline RL</source>
            <translation>Offline RL</translation>
        </message>
    </context>
</TS>
