<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ConfigForm</name>
        <message>
            <source>Preset</source>
            <translation>Preajuste</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>Put back the values of the chosen preset.</source>
            <translation>Vuelve a los valores del preajuste elegido.</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>LLM Lab hit a problem but is still running.</source>
            <translation>LLM Lab tuvo un problema, pero sigue funcionando.</translation>
        </message>
        <message>
            <source>{error}

The details are in the log:
{path}</source>
            <translation>{error}

Los detalles están en el registro:
{path}</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>Something went wrong: {error}. The details are in the log.</source>
            <translation>Algo salió mal: {error}. Los detalles están en el registro.</translation>
        </message>
    </context>
    <context>
        <name>LabError</name>
        <message>
            <source>No checkpoint in {path}. Train this stage first.</source>
            <translation>No hay ningún punto de control en {path}. Entrena primero esta etapa.</translation>
        </message>
        <message>
            <source>The checkpoint in {path} is damaged ({reason}).</source>
            <translation>El punto de control de {path} está dañado ({reason}).</translation>
        </message>
        <message>
            <source>{name} must be between {lo} and {hi}, not {value}.</source>
            <translation>{name} debe estar entre {lo} y {hi}, no {value}.</translation>
        </message>
        <message>
            <source>Unknown preset {name}. Choose one of: {names}.</source>
            <translation>No existe el preajuste {name}. Elige uno de: {names}.</translation>
        </message>
        <message>
            <source>{job} is still running. Stop it first, or wait until it ends.</source>
            <translation>{job} sigue en marcha. Detenlo primero o espera a que termine.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en marcha</translation>
        </message>
        <message>
            <source>{job}: {state}</source>
            <translation>{job}: {state}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>LLM Lab</source>
            <translation>LLM Lab</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>Modo &amp;presentación</translation>
        </message>
        <message>
            <source>Bigger text and plots for a projector.</source>
            <translation>Texto y gráficos más grandes para un proyector.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>{device} · {threads} threads</source>
            <translation>{device} · {threads} hilos</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Stopping and saving…</source>
            <translation>Deteniendo y guardando…</translation>
        </message>
    </context>
    <context>
        <name>config</name>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Same seed, same result: change it to see another run.</source>
            <translation>Misma semilla, mismo resultado: cámbiala para ver otra ejecución.</translation>
        </message>
        <message>
            <source>CPU threads</source>
            <translation>Hilos de CPU</translation>
        </message>
        <message>
            <source>How many CPU cores torch may use (0 = all).</source>
            <translation>Cuántos núcleos de CPU puede usar torch (0 = todos).</translation>
        </message>
        <message>
            <source>World seed</source>
            <translation>Semilla del mundo</translation>
        </message>
        <message>
            <source>Same seed, same world, byte for byte.</source>
            <translation>Misma semilla, mismo mundo, byte a byte.</translation>
        </message>
        <message>
            <source>Corpus size (MB)</source>
            <translation>Tamaño del corpus (MB)</translation>
        </message>
        <message>
            <source>How much web-like text to generate.</source>
            <translation>Cuánto texto tipo web generar.</translation>
        </message>
        <message>
            <source>Markup junk</source>
            <translation>Basura de marcado</translation>
        </message>
        <message>
            <source>Share of documents with HTML and boilerplate left in.</source>
            <translation>Proporción de documentos que conservan HTML y texto repetitivo.</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Duplicados</translation>
        </message>
        <message>
            <source>Share of documents that repeat another one, exactly or nearly.</source>
            <translation>Proporción de documentos que repiten otro, igual o casi igual.</translation>
        </message>
        <message>
            <source>Rude replies</source>
            <translation>Respuestas groseras</translation>
        </message>
        <message>
            <source>Share of forum replies that are rude.</source>
            <translation>Proporción de respuestas de foro que son groseras.</translation>
        </message>
        <message>
            <source>Wrong facts</source>
            <translation>Datos falsos</translation>
        </message>
        <message>
            <source>Share of stated facts that are false.</source>
            <translation>Proporción de datos afirmados que son falsos.</translation>
        </message>
        <message>
            <source>Vocabulary size</source>
            <translation>Tamaño del vocabulario</translation>
        </message>
        <message>
            <source>How many tokens the tokenizer may know: 256 bytes plus learned merges.</source>
            <translation>Cuántos tokens puede conocer el tokenizador: 256 bytes más las fusiones aprendidas.</translation>
        </message>
        <message>
            <source>Minimum frequency</source>
            <translation>Frecuencia mínima</translation>
        </message>
        <message>
            <source>A pair must appear this often to become a merge.</source>
            <translation>Un par debe aparecer al menos estas veces para convertirse en fusión.</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Capas</translation>
        </message>
        <message>
            <source>How many transformer blocks are stacked.</source>
            <translation>Cuántos bloques transformer se apilan.</translation>
        </message>
        <message>
            <source>Attention heads</source>
            <translation>Cabezas de atención</translation>
        </message>
        <message>
            <source>Heads per attention layer; the width must divide by it.</source>
            <translation>Cabezas por capa de atención; el ancho debe ser divisible entre ellas.</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Ancho</translation>
        </message>
        <message>
            <source>Size of each token's embedding vector.</source>
            <translation>Tamaño del vector de embedding de cada token.</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>How many tokens the model can look back at.</source>
            <translation>Cuántos tokens hacia atrás puede mirar el modelo.</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>Share of activations zeroed while training, against overfitting.</source>
            <translation>Proporción de activaciones que se anulan al entrenar, contra el sobreajuste.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>How many optimizer updates to make.</source>
            <translation>Cuántas actualizaciones del optimizador hacer.</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Tamaño del lote</translation>
        </message>
        <message>
            <source>Sequences per update.</source>
            <translation>Secuencias por actualización.</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Tasa de aprendizaje</translation>
        </message>
        <message>
            <source>Peak step size; too high and the loss explodes.</source>
            <translation>Tamaño máximo del paso; si es demasiado alta, la pérdida se dispara.</translation>
        </message>
        <message>
            <source>Warmup steps</source>
            <translation>Pasos de calentamiento</translation>
        </message>
        <message>
            <source>Steps over which the learning rate rises from zero.</source>
            <translation>Pasos en los que la tasa de aprendizaje sube desde cero.</translation>
        </message>
        <message>
            <source>Weight decay</source>
            <translation>Decaimiento de pesos</translation>
        </message>
        <message>
            <source>Pulls weights towards zero a little every step.</source>
            <translation>Acerca un poco los pesos a cero en cada paso.</translation>
        </message>
        <message>
            <source>Evaluate every</source>
            <translation>Evaluar cada</translation>
        </message>
        <message>
            <source>Steps between validation loss and text samples.</source>
            <translation>Pasos entre cada medición de la pérdida de validación y cada muestra de texto.</translation>
        </message>
        <message>
            <source>Save every</source>
            <translation>Guardar cada</translation>
        </message>
        <message>
            <source>Steps between checkpoints.</source>
            <translation>Pasos entre puntos de control.</translation>
        </message>
    </context>
</TS>
