<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AlignPages</name>
        <message>
            <source>Base model</source>
            <translation>Modelo base</translation>
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
            <translation>RL offline</translation>
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
            <translation>Capa</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Cabeza</translation>
        </message>
        <message>
            <source>Each row is a token reading the tokens before it (the columns); darker blue means more attention. The hatched triangle is the causal mask: a token never sees the ones after it.</source>
            <translation>Cada fila es un token que lee los tokens anteriores (las columnas); cuanto más oscuro el azul, más atención. El triángulo rayado es la máscara causal: un token nunca ve los que vienen después.</translation>
        </message>
        <message>
            <source>query: the token that reads</source>
            <translation>consulta: el token que lee</translation>
        </message>
        <message>
            <source>key: the token that is read</source>
            <translation>clave: el token que se lee</translation>
        </message>
        <message>
            <source>Load a model and write a prompt to see its attention.</source>
            <translation>Carga un modelo y escribe un prompt para ver su atención.</translation>
        </message>
        <message>
            <source>{query} reads {key}: {weight}</source>
            <translation>{query} lee {key}: {weight}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Go to Pretraining</source>
            <translation>Ir a Preentrenamiento</translation>
        </message>
        <message>
            <source>Go to SFT</source>
            <translation>Ir a SFT</translation>
        </message>
        <message>
            <source>Go to the reward model</source>
            <translation>Ir al modelo de recompensa</translation>
        </message>
    </context>
    <context>
        <name>BestOfNPage</name>
        <message>
            <source>Best-of-N</source>
            <translation>El mejor de N (Best-of-N)</translation>
        </message>
        <message>
            <source>Sampling {n} answers…</source>
            <translation>Muestreando {n} respuestas…</translation>
        </message>
        <message>
            <source>Best of {n}: answer {i}, reward model {rm}, rubric {true}.</source>
            <translation>El mejor de {n}: respuesta {i}, modelo de recompensa {rm}, rúbrica {true}.</translation>
        </message>
        <message>
            <source>Held-out questions, best of {n}: rubric reward {reward}, rude answers {rude}, KL {kl} nats per answer (analytic).</source>
            <translation>Preguntas de evaluación reservadas, el mejor de {n}: recompensa de la rúbrica {reward}, respuestas groseras {rude}, KL {kl} nats por respuesta (analítica).</translation>
        </message>
        <message>
            <source>Best-of-N needs an SFT model to sample answers and a reward model to pick one. Train them on the SFT and Reward pages first.</source>
            <translation>Best-of-N necesita un modelo SFT que muestree respuestas y un modelo de recompensa que elija una. Entrénalos antes en las páginas SFT y Recompensa.</translation>
        </message>
        <message>
            <source>One question, N answers</source>
            <translation>Una pregunta, N respuestas</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>How many of the sampled answers the reward model chooses from.</source>
            <translation>Entre cuántas de las respuestas muestreadas elige el modelo de recompensa.</translation>
        </message>
        <message>
            <source>Sample {n} answers</source>
            <translation>Muestrear {n} respuestas</translation>
        </message>
        <message>
            <source>The SFT model answers the question {n} times; the slider shows the first N and the pick among them.</source>
            <translation>El modelo SFT responde a la pregunta {n} veces; el deslizador muestra las N primeras y la elegida entre ellas.</translation>
        </message>
        <message>
            <source>Every held-out question, every N</source>
            <translation>Todas las preguntas reservadas, cada N</translation>
        </message>
        <message>
            <source>Best-of-N trains nothing: the SFT model answers N times and the reward model keeps its favourite. A bigger N finds answers the reward model likes more, at N times the cost. Its distance from the SFT model is known without measuring it: KL = log N − (N − 1)/N nats per answer. The rubric column shows whether the reward model's favourite is also the human's.</source>
            <translation>El mejor de N no entrena nada: el modelo SFT responde N veces y el modelo de recompensa se queda con su favorita. Una N mayor encuentra respuestas que gustan más al modelo de recompensa, a un coste N veces mayor. Su distancia al modelo SFT se conoce sin medirla: KL = log N − (N − 1)/N nats por respuesta. La columna de la rúbrica muestra si la favorita del modelo de recompensa es también la del humano.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Modelo de recompensa</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Rúbrica</translation>
        </message>
        <message>
            <source>reward model</source>
            <translation>modelo de recompensa</translation>
        </message>
        <message>
            <source>rubric (the human)</source>
            <translation>rúbrica (el humano)</translation>
        </message>
        <message>
            <source>rubric</source>
            <translation>rúbrica</translation>
        </message>
        <message>
            <source>log N − (N − 1)/N</source>
            <translation>log N − (N − 1)/N</translation>
        </message>
        <message>
            <source>KL (nats per answer)</source>
            <translation>KL (nats por respuesta)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medir</translation>
        </message>
        <message>
            <source>Sample answers to every held-out question and measure the picks for N = 1, 2, 4, …</source>
            <translation>Muestrea respuestas a todas las preguntas reservadas y mide las elegidas para N = 1, 2, 4, …</translation>
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
            <translation>{n} parámetros entrenados con {d} tokens (20 tokens por parámetro)</translation>
        </message>
        <message>
            <source>{energy} (at {watts} W per device{pue})</source>
            <translation>{energy} (a {watts} W por dispositivo{pue})</translation>
        </message>
        <message>
            <source>, plus {p} % for the data centre</source>
            <translation>, más un {p} % del centro de datos</translation>
        </message>
        <message>
            <source>renting the devices</source>
            <translation>alquilando los dispositivos</translation>
        </message>
        <message>
            <source>electricity at {p} US$/kWh</source>
            <translation>electricidad a {p} US$/kWh</translation>
        </message>
        <message>
            <source>{usd} US$ ({kind})</source>
            <translation>{usd} US$ ({kind})</translation>
        </message>
        <message>
            <source>{homes} years of a home's electricity; {share} % of the world's electricity in a year. Data centres use 1–2 % of it today; projections for 2030 span 4–20 %.</source>
            <translation>{homes} años de la electricidad de un hogar; el {share} % de la electricidad mundial de un año. Los centros de datos usan hoy el 1–2 %; las proyecciones para 2030 van del 4 al 20 %.</translation>
        </message>
        <message>
            <source>Compute budget</source>
            <translation>Presupuesto de cómputo</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Best split</source>
            <translation>Mejor reparto</translation>
        </message>
        <message>
            <source>On</source>
            <translation>En</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <source>In context</source>
            <translation>En contexto</translation>
        </message>
        <message>
            <source>Drag to choose how many FLOPs the training run may use.</source>
            <translation>Arrastra para elegir cuántos FLOPs puede usar el entrenamiento.</translation>
        </message>
        <message>
            <source>How many devices share the work (data parallelism).</source>
            <translation>Cuántos dispositivos se reparten el trabajo (paralelismo de datos).</translation>
        </message>
        <message>
            <source>{name} · {peak} FLOP/s peak, {use} % used</source>
            <translation>{name} · pico de {peak} FLOP/s, {use} % aprovechado</translation>
        </message>
    </context>
    <context>
        <name>ChatTemplateView</name>
        <message>
            <source>green</source>
            <translation>verde</translation>
        </message>
        <message>
            <source>grey</source>
            <translation>gris</translation>
        </message>
        <message>
            <source>{green}: the loss learns these tokens. {grey}: masked, the model reads them but is not trained to write them.</source>
            <translation>{green}: la pérdida aprende de estos tokens. {grey}: enmascarados; el modelo los lee, pero no se entrena para escribirlos.</translation>
        </message>
        <message>
            <source>{trained} of {total} tokens are trained.</source>
            <translation>Se entrenan {trained} de {total} tokens.</translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <source>&amp;High contrast</source>
            <translation>Alto &amp;contraste</translation>
        </message>
        <message>
            <source>White on black with thick lines, easy to read from the back.</source>
            <translation>Blanco sobre negro con líneas gruesas, fácil de leer desde el fondo.</translation>
        </message>
        <message>
            <source>&amp;Classroom mode</source>
            <translation>Modo &amp;aula</translation>
        </message>
        <message>
            <source>Big text and high contrast. Space pauses or resumes the job, the arrows move through the lesson, F freezes the plots.</source>
            <translation>Texto grande y alto contraste. Espacio pausa o reanuda la tarea en marcha, las flechas recorren la lección y F congela las gráficas.</translation>
        </message>
        <message>
            <source>&amp;Freeze plots</source>
            <translation>Con&amp;gelar gráficas</translation>
        </message>
        <message>
            <source>Plots keep the new data but stop moving until you press F again.</source>
            <translation>Las gráficas guardan los datos nuevos, pero no se mueven hasta que vuelvas a pulsar F.</translation>
        </message>
        <message>
            <source>Plots frozen — press F</source>
            <translation>Gráficas congeladas — pulsa F</translation>
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Your own question: the models may never have seen anything like it.</source>
            <translation>Tu propia pregunta: puede que los modelos nunca hayan visto nada parecido.</translation>
        </message>
        <message>
            <source>Not trained yet in this workspace.</source>
            <translation>Todavía no entrenado en este espacio de trabajo.</translation>
        </message>
        <message>
            <source>KL to the SFT model (nats per answer)</source>
            <translation>KL respecto al modelo SFT (nats por respuesta)</translation>
        </message>
        <message>
            <source>reward model</source>
            <translation>modelo de recompensa</translation>
        </message>
        <message>
            <source>rubric</source>
            <translation>rúbrica</translation>
        </message>
        <message>
            <source>One question, every model</source>
            <translation>Una pregunta, todos los modelos</translation>
        </message>
        <message>
            <source>N for Best-of-N</source>
            <translation>N para Best-of-N</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Preguntar</translation>
        </message>
        <message>
            <source>Every trained model answers the question (the base model continues it as plain text).</source>
            <translation>Cada modelo entrenado responde a la pregunta (el modelo base la continúa como texto sin más).</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Modelo de recompensa</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Rúbrica</translation>
        </message>
        <message>
            <source>What each score measures. Reward model: how much the learned judge likes this answer; PPO, GRPO and Best-of-N chase it, and it can be fooled. Rubric: the world's own check (the right fact, polite, in the question's language), the score a teacher would give.</source>
            <translation>Qué mide cada puntuación. Modelo de recompensa: cuánto le gusta esta respuesta al juez aprendido; PPO, GRPO y el mejor de N la persiguen, y se le puede engañar. Rúbrica: la comprobación del propio mundo (el dato correcto, con educación, en el idioma de la pregunta), la nota que pondría un profesor.</translation>
        </message>
        <message>
            <source>The reward model's score of this answer: what it prefers, not whether it is right.</source>
            <translation>La puntuación del modelo de recompensa para esta respuesta: lo que prefiere, no si es correcta.</translation>
        </message>
        <message>
            <source>The rubric: the right fact, polite, in the question's language.</source>
            <translation>La rúbrica: el dato correcto, con educación, en el idioma de la pregunta.</translation>
        </message>
        <message>
            <source>Each token is shaded by the probability its model gave it: green when the model was sure, red when it was not. Hover an answer to read the numbers.</source>
            <translation>Cada token se colorea según la probabilidad que le dio su modelo: verde si el modelo estaba seguro, rojo si no. Pasa el ratón por una respuesta para leer los números.</translation>
        </message>
        <message>
            <source>Every method on one chart: reward against KL to the SFT model</source>
            <translation>Todos los métodos en un gráfico: recompensa frente a KL respecto al modelo SFT</translation>
        </message>
        <message>
            <source>Reward: the rubric (the human)</source>
            <translation>Recompensa: la rúbrica (el humano)</translation>
        </message>
        <message>
            <source>Reward: the reward model</source>
            <translation>Recompensa: el modelo de recompensa</translation>
        </message>
        <message>
            <source>Each big dot is a method's final evaluation on the held-out questions; the line with triangles is Best-of-N for N = 1, 2, 4, … Up is better; right means further from the SFT model. A method that climbs on the reward model but not on the rubric is hacking the reward.</source>
            <translation>Cada punto grande es la evaluación final de un método en las preguntas reservadas; la línea con triángulos es el mejor de N para N = 1, 2, 4, … Más arriba es mejor; más a la derecha, más lejos del modelo SFT. Un método que sube en el modelo de recompensa pero no en la rúbrica está hackeando la recompensa.</translation>
        </message>
        <message>
            <source>Known facts (taught during training)</source>
            <translation>Hechos conocidos (enseñados en el entrenamiento)</translation>
        </message>
        <message>
            <source>Known facts asked in other words</source>
            <translation>Hechos conocidos preguntados con otras palabras</translation>
        </message>
        <message>
            <source>Unknown facts (no training text states them)</source>
            <translation>Hechos desconocidos (ningún texto de entrenamiento los dice)</translation>
        </message>
        <message>
            <source>A fact the models were taught: a good model answers it right.</source>
            <translation>Un hecho que se enseñó a los modelos: un buen modelo lo responde bien.</translation>
        </message>
        <message>
            <source>A taught fact in new words: does the model still know it?</source>
            <translation>Un hecho enseñado, con palabras nuevas: ¿lo sigue sabiendo el modelo?</translation>
        </message>
        <message>
            <source>No training text states this fact: a right answer is luck, and an honest model would say it does not know.</source>
            <translation>Ningún texto de entrenamiento dice este hecho: acertar es suerte, y un modelo honesto diría que no lo sabe.</translation>
        </message>
        <message>
            <source>continues the question as plain text</source>
            <translation>continúa la pregunta como texto normal</translation>
        </message>
        <message>
            <source>the reward model's favourite of N samples from SFT</source>
            <translation>la favorita del modelo de recompensa entre N muestras del SFT</translation>
        </message>
        <message>
            <source>its most likely answer</source>
            <translation>su respuesta más probable</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>Pretrain a model first.</source>
            <translation>Primero preentrena un modelo.</translation>
        </message>
        <message>
            <source>Fine-tune the model (Start) to see its answer here.</source>
            <translation>Afina el modelo (Empezar) para ver aquí su respuesta.</translation>
        </message>
        <message>
            <source>[no &lt;|end|&gt;: cut at the length limit]</source>
            <translation>[sin &lt;|end|&gt;: cortada en el límite de longitud]</translation>
        </message>
        <message>
            <source>Rubric: {total} · correct: {correct} · rude: {rude}</source>
            <translation>Rúbrica: {total} · correcta: {correct} · grosera: {rude}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Before and after: the same question to both models</source>
            <translation>Antes y después: la misma pregunta a los dos modelos</translation>
        </message>
        <message>
            <source>Ask both</source>
            <translation>Preguntar a los dos</translation>
        </message>
        <message>
            <source>Choose a held-out probe question or write your own.</source>
            <translation>Elige una pregunta de evaluación reservada o escribe la tuya.</translation>
        </message>
        <message>
            <source>Base model: continues the text</source>
            <translation>Modelo base: continúa el texto</translation>
        </message>
        <message>
            <source>SFT model: answers in the chat template</source>
            <translation>Modelo SFT: responde con la plantilla de chat</translation>
        </message>
    </context>
    <context>
        <name>CompletionView</name>
        <message>
            <source>You finished this lesson.</source>
            <translation>Has terminado esta lección.</translation>
        </message>
        <message>
            <source>Use Back to review any step, or Restart to do it again.</source>
            <translation>Usa Atrás para repasar cualquier paso, o Empezar de nuevo para repetirla.</translation>
        </message>
        <message>
            <source>Next lesson</source>
            <translation>Siguiente lección</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>Todas las lecciones</translation>
        </message>
    </context>
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
        <name>CorpusPage</name>
        <message>
            <source>Corpus</source>
            <translation>Corpus</translation>
        </message>
        <message>
            <source>Open text files</source>
            <translation>Abrir archivos de texto</translation>
        </message>
        <message>
            <source>Text, web pages, PDF and datasets ({patterns})</source>
            <translation>Texto, páginas web, PDF y conjuntos de datos ({patterns})</translation>
        </message>
        <message>
            <source>Open a folder of text files</source>
            <translation>Abrir una carpeta de archivos de texto</translation>
        </message>
        <message>
            <source>There is no corpus yet. Generate the world or open your own files first.</source>
            <translation>Todavía no hay corpus. Primero genera el mundo o abre tus propios archivos.</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>Caracteres</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Palabras</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>No corpus yet.</source>
            <translation>Todavía no hay corpus.</translation>
        </message>
        <message>
            <source>Your files</source>
            <translation>Tus archivos</translation>
        </message>
        <message>
            <source>The world</source>
            <translation>El mundo</translation>
        </message>
        <message>
            <source>{what}: {docs} documents, {chars} characters.</source>
            <translation>{what}: {docs} documentos, {chars} caracteres.</translation>
        </message>
        <message>
            <source>After cleaning: {docs} documents, {chars} characters; {dups} duplicates removed, junk taken out of {junk}.</source>
            <translation>Tras la limpieza: {docs} documentos, {chars} caracteres; {dups} duplicados eliminados, basura quitada de {junk}.</translation>
        </message>
        <message>
            <source>Not cleaned yet: the tokenizer and pretraining read only the clean text.</source>
            <translation>Aún sin limpiar: el tokenizador y el preentrenamiento solo leen el texto limpio.</translation>
        </message>
        <message>
            <source>Main text of web pages</source>
            <translation>Texto principal de las páginas web</translation>
        </message>
        <message>
            <source>Normalised</source>
            <translation>Normalizados</translation>
        </message>
        <message>
            <source>Markup</source>
            <translation>Marcado</translation>
        </message>
        <message>
            <source>Junk</source>
            <translation>Basura</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>Muy cortos</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Rude</source>
            <translation>Groseros</translation>
        </message>
        <message>
            <source>Exact dup.</source>
            <translation>Dupl. exactos</translation>
        </message>
        <message>
            <source>Near dup.</source>
            <translation>Casi dupl.</translation>
        </message>
        <message>
            <source>Repetitive</source>
            <translation>Repetitivos</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Repeated lines</source>
            <translation>Líneas repetidas</translation>
        </message>
        <message>
            <source>Synthetic world</source>
            <translation>Mundo sintético</translation>
        </message>
        <message>
            <source>Generate the world</source>
            <translation>Generar el mundo</translation>
        </message>
        <message>
            <source>Write a web-like corpus in Spanish and English, with the flaws of a real scraped web.</source>
            <translation>Escribe un corpus parecido a la web, en español e inglés, con los defectos de una web rastreada de verdad.</translation>
        </message>
        <message>
            <source>Your own text</source>
            <translation>Tu propio texto</translation>
        </message>
        <message>
            <source>Open files…</source>
            <translation>Abrir archivos…</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Abrir carpeta…</translation>
        </message>
        <message>
            <source>Or drop files or a folder on this page: text, Markdown, web pages (.html), PDF, JSONL and Parquet.</source>
            <translation>O suelta archivos o una carpeta en esta página: texto, Markdown, páginas web (.html), PDF, JSONL y Parquet.</translation>
        </message>
        <message>
            <source>Text field (JSONL, Parquet)</source>
            <translation>Campo de texto (JSONL, Parquet)</translation>
        </message>
        <message>
            <source>The field of each JSONL record, or the Parquet column, that holds the text. FineWeb's is "text".</source>
            <translation>El campo de cada registro JSONL, o la columna de Parquet, que contiene el texto. En FineWeb es "text".</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Each step</source>
            <translation>Cada paso</translation>
        </message>
        <message>
            <source>Cleaning</source>
            <translation>Limpieza</translation>
        </message>
        <message>
            <source>Clean the corpus</source>
            <translation>Limpiar el corpus</translation>
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt;</source>
            <translation>&lt;b&gt;Vista previa&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Before cleaning</source>
            <translation>Antes de la limpieza</translation>
        </message>
        <message>
            <source>After cleaning</source>
            <translation>Después de la limpieza</translation>
        </message>
        <message>
            <source>Before and after cleaning</source>
            <translation>Antes y después de la limpieza</translation>
        </message>
        <message>
            <source>before</source>
            <translation>antes</translation>
        </message>
        <message>
            <source>after</source>
            <translation>después</translation>
        </message>
        <message>
            <source>Documents each step removed or changed</source>
            <translation>Documentos que cada paso quitó o cambió</translation>
        </message>
    </context>
    <context>
        <name>CorpusPreview</name>
        <message>
            <source>markup junk</source>
            <translation>basura de marcado</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>duplicado</translation>
        </message>
        <message>
            <source>rude</source>
            <translation>grosero</translation>
        </message>
        <message>
            <source>wrong fact</source>
            <translation>dato falso</translation>
        </message>
        <message>
            <source>Flaws:</source>
            <translation>Defectos:</translation>
        </message>
        <message>
            <source>No corpus yet: generate the world or open your own files.</source>
            <translation>Todavía no hay corpus: genera el mundo o abre tus propios archivos.</translation>
        </message>
        <message>
            <source>The first {shown} of {total} documents</source>
            <translation>Los primeros {shown} de {total} documentos</translation>
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
            <source>Your work is kept. If this happens again, send the log to your teacher:
{path}</source>
            <translation>Tu trabajo se conserva. Si vuelve a pasar, envía el registro a tu profesor o profesora:
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
            <translation>Paso {step}: {prompt} ▸ {text}</translation>
        </message>
        <message>
            <source>Held-out questions: rubric reward {reward}, rude answers {rude}, KL to the SFT model {kl} nats per answer.</source>
            <translation>Preguntas de evaluación reservadas: recompensa de la rúbrica {reward}, respuestas groseras {rude}, KL respecto al modelo SFT {kl} nats por respuesta.</translation>
        </message>
        <message>
            <source>DPO starts from the SFT model, and this workspace has none yet. Fine-tune one on the SFT page first.</source>
            <translation>DPO parte del modelo SFT, y este espacio de trabajo aún no tiene ninguno. Afina uno antes en la página SFT.</translation>
        </message>
        <message>
            <source>DPO settings</source>
            <translation>Ajustes de DPO</translation>
        </message>
        <message>
            <source>DPO's implicit rewards: β × how much more likely the model makes an answer than the SFT model does</source>
            <translation>Recompensas implícitas de DPO: β × cuánto más probable hace el modelo una respuesta que el modelo SFT</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why can the chosen reward fall while the margin rises?&lt;/b&gt; The loss only asks the chosen answer to gain &lt;i&gt;on the rejected one&lt;/i&gt;. Pushing the rejected answer down is often the easier way, and the probability both answers lose goes to other answers the model could write. So the green line may sink below zero while the blue margin keeps growing: that is DPO working, not a bug. Watch the held-out chart below to see whether the answers themselves got better.</source>
            <translation>&lt;b&gt;¿Por qué puede bajar la recompensa de la elegida mientras sube el margen?&lt;/b&gt; La pérdida solo pide que la respuesta elegida gane &lt;i&gt;frente a la rechazada&lt;/i&gt;. Hundir la rechazada suele ser el camino más fácil, y la probabilidad que pierden ambas va a otras respuestas que el modelo podría escribir. Así que la línea verde puede caer por debajo de cero mientras el margen azul sigue creciendo: es DPO funcionando, no un error. Mira el gráfico de preguntas reservadas de abajo para ver si las respuestas mismas mejoraron.</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>elegida</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rechazada</translation>
        </message>
        <message>
            <source>margin (chosen − rejected)</source>
            <translation>margen (elegida − rechazada)</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>pairs ranked right</source>
            <translation>pares bien ordenados</translation>
        </message>
        <message>
            <source>rubric reward</source>
            <translation>recompensa de la rúbrica</translation>
        </message>
        <message>
            <source>nats per answer</source>
            <translation>nats por respuesta</translation>
        </message>
        <message>
            <source>KL to the SFT model</source>
            <translation>KL respecto al modelo SFT</translation>
        </message>
        <message>
            <source>rubric ({n} samples)</source>
            <translation>rúbrica ({n} muestras)</translation>
        </message>
        <message>
            <source>step</source>
            <translation>paso</translation>
        </message>
        <message>
            <source>implicit reward</source>
            <translation>recompensa implícita</translation>
        </message>
        <message>
            <source>loss, share</source>
            <translation>pérdida, fracción</translation>
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>Build a language model end to end on your computer, and watch every step</source>
            <translation>Construye un modelo de lenguaje de principio a fin en tu ordenador y observa cada paso</translation>
        </message>
    </context>
    <context>
        <name>EnergyPanel</name>
        <message>
            <source>Last run: {name} · {time} · {energy}</source>
            <translation>Última ejecución: {name} · {time} · {energy}</translation>
        </message>
        <message>
            <source>No run yet: every job you start is measured here.</source>
            <translation>Aún no hay ejecuciones: aquí se mide cada trabajo que lances.</translation>
        </message>
        <message>
            <source>Measured by the CPU's own energy counter (RAPL).</source>
            <translation>Medido con el contador de energía de la propia CPU (RAPL).</translation>
        </message>
        <message>
            <source>Estimated: this system does not report CPU energy, so the CPU is assumed to draw {w} W.</source>
            <translation>Estimado: este sistema no informa de la energía de la CPU, así que se supone que consume {w} W.</translation>
        </message>
        <message>
            <source>Set the environment variable LLM_LAB_CPU_WATTS to your CPU's power to change the assumption.</source>
            <translation>Pon en la variable de entorno LLM_LAB_CPU_WATTS la potencia de tu CPU para cambiar la suposición.</translation>
        </message>
        <message>
            <source>Bundled stages</source>
            <translation>Etapas incluidas</translation>
        </message>
        <message>
            <source>{stage} {time} ({energy})</source>
            <translation>{stage} {time} ({energy})</translation>
        </message>
        <message>
            <source>Bundled stages, trained in advance (energy estimated at {w} W): {runs}.</source>
            <translation>Etapas incluidas, entrenadas de antemano (energía estimada a {w} W): {runs}.</translation>
        </message>
        <message>
            <source>Energy meter</source>
            <translation>Medidor de energía</translation>
        </message>
        <message>
            <source>energy per run (log scale)</source>
            <translation>energía por ejecución (escala logarítmica)</translation>
        </message>
    </context>
    <context>
        <name>FamousRunsTable</name>
        <message>
            <source>Run</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>Parameters N</source>
            <translation>Parámetros N</translation>
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
            <translation>Energía</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>not published</source>
            <translation>no publicada</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Fuente: {source}</translation>
        </message>
    </context>
    <context>
        <name>FilesTable</name>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>web page</source>
            <translation>página web</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>main text {share}</source>
            <translation>texto principal {share}</translation>
        </message>
        <message>
            <source>{n} records, field “{field}”</source>
            <translation>{n} registros, campo «{field}»</translation>
        </message>
        <message>
            <source>skipped: {reason}</source>
            <translation>omitido: {reason}</translation>
        </message>
        <message>
            <source>empty file</source>
            <translation>archivo vacío</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Codificación</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>FullScreen</name>
        <message>
            <source>LLM Lab — plot</source>
            <translation>LLM Lab — gráfica</translation>
        </message>
        <message>
            <source>Esc or a double-click takes the plot back.</source>
            <translation>Esc o un doble clic devuelven la gráfica a su sitio.</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Salir de pantalla completa</translation>
        </message>
        <message>
            <source>Show full screen</source>
            <translation>Ver a pantalla completa</translation>
        </message>
    </context>
    <context>
        <name>GeneratedText</name>
        <message>
            <source>How likely the model found each token:</source>
            <translation>Qué probabilidad le dio el modelo a cada token:</translation>
        </message>
        <message>
            <source>Underlined: a token you picked by clicking its bar.</source>
            <translation>Subrayado: un token que elegiste tú al hacer clic en su barra.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Build a language model from start to end: each card is one stage of the course, in order. Click a card to open its page, or run every stage at once with the chosen preset (tiny: about a minute; classroom: a few minutes).</source>
            <translation>Construye un modelo de lenguaje de principio a fin: cada tarjeta es una etapa del curso, en orden. Haz clic en una tarjeta para abrir su página, o ejecuta todas las etapas de una vez con el preajuste elegido (tiny: un minuto más o menos; classroom: unos minutos).</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Preajuste</translation>
        </message>
        <message>
            <source>Run everything</source>
            <translation>Ejecutar todo</translation>
        </message>
        <message>
            <source>Open report</source>
            <translation>Abrir el informe</translation>
        </message>
        <message>
            <source>Or start from a bundled stage</source>
            <translation>O empieza desde una etapa ya entrenada</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>Empezar aquí</translation>
        </message>
        <message>
            <source>Load the classroom models trained up to this stage (same preset and seed, shipped with the app), so you can start there without training first.</source>
            <translation>Carga los modelos de clase entrenados hasta esta etapa (mismo preajuste y semilla, incluidos con la app), para que empieces ahí sin entrenar antes.</translation>
        </message>
        <message>
            <source>No bundle was found. Build one with `make assets`.</source>
            <translation>No se encontraron etapas incluidas. Créalas con `make assets`.</translation>
        </message>
        <message>
            <source>Every stage is done. The report is ready.</source>
            <translation>Todas las etapas están hechas. El informe está listo.</translation>
        </message>
        <message>
            <source>Stopped. Run everything again to go on from here.</source>
            <translation>Detenido. Pulsa «Ejecutar todo» de nuevo para seguir desde aquí.</translation>
        </message>
        <message>
            <source>Your workspace already holds work. To start from the bundled stage “{stage}”, LLM Lab first moves the whole workspace folder to a new folder beside it, {name}-backup- followed by today’s date, in {parent}. Nothing is deleted: you can open it again from File → Recent workspaces.

Start from the bundled stage?</source>
            <translation>Tu espacio de trabajo ya tiene trabajo. Para empezar desde la etapa incluida «{stage}», LLM Lab primero mueve la carpeta entera del espacio de trabajo a una carpeta nueva a su lado, {name}-backup- seguido de la fecha de hoy, en {parent}. No se borra nada: puedes abrirla de nuevo desde Archivo → Espacios de trabajo recientes.

¿Empezar desde la etapa incluida?</translation>
        </message>
        <message>
            <source>Your earlier work is in {path}; open it again from File → Recent workspaces.</source>
            <translation>Tu trabajo anterior está en {path}; ábrelo de nuevo desde Archivo → Espacios de trabajo recientes.</translation>
        </message>
        <message>
            <source>Start from a bundled stage</source>
            <translation>Empezar desde una etapa incluida</translation>
        </message>
        <message>
            <source>Stopped. The stages unpacked so far are ready.</source>
            <translation>Detenido. Las etapas desempaquetadas hasta ahora están listas.</translation>
        </message>
        <message>
            <source>Every stage up to “{stage}” is ready: open its page, or run everything to go on from there.</source>
            <translation>Todas las etapas hasta «{stage}» están listas: abre su página, o pulsa «Ejecutar todo» para seguir desde ahí.</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>This step stopped because of a problem inside LLM Lab, not because of anything you did. What was saved so far is kept. Try again; if it happens again, send the log to your teacher: {path}</source>
            <translation>Este paso se detuvo por un problema dentro de LLM Lab, no por nada que hicieras. Lo guardado hasta ahora se conserva. Inténtalo de nuevo; si vuelve a pasar, envía el registro a tu profesor o profesora: {path}</translation>
        </message>
    </context>
    <context>
        <name>LabError</name>
        <message>
            <source>The disk is full: {path} was not saved, and the previous version is intact. Free some space and try again.</source>
            <translation>El disco está lleno: {path} no se ha guardado y la versión anterior sigue intacta. Libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Could not write {path} ({reason}). Check that the folder exists, is a folder and that you may write in it, or choose another one.</source>
            <translation>No se pudo escribir {path} ({reason}). Comprueba que la carpeta existe, que es una carpeta y que puedes escribir en ella, o elige otra.</translation>
        </message>
        <message>
            <source>No checkpoint in {path}. Train this stage first.</source>
            <translation>No hay ningún punto de control en {path}. Entrena primero esta etapa.</translation>
        </message>
        <message>
            <source>The checkpoint in {path} holds weights that are not numbers (NaN or infinite): the file was damaged after it was saved. Train this stage again.</source>
            <translation>El punto de control de {path} tiene pesos que no son números (NaN o infinitos): el archivo se dañó después de guardarse. Entrena esta etapa otra vez.</translation>
        </message>
        <message>
            <source>The checkpoint in {path} is damaged ({reason}). Train this stage again.</source>
            <translation>El punto de control de {path} está dañado ({reason}). Entrena esta etapa otra vez.</translation>
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
        <message>
            <source>The prompt set is empty, so there is nothing to answer. Generate the world's data on the Corpus page, or add SFT conversations.</source>
            <translation>El conjunto de prompts está vacío, así que no hay nada que responder. Genera los datos del mundo en la página Corpus, o añade conversaciones SFT.</translation>
        </message>
        <message>
            <source>The file {path} does not exist. Choose another file.</source>
            <translation>El archivo {path} no existe. Elige otro archivo.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read as UTF-8 text ({reason}). Save it as UTF-8 JSONL, one object per line.</source>
            <translation>El archivo {path} no se puede leer como texto UTF-8 ({reason}). Guárdalo como JSONL en UTF-8, un objeto por línea.</translation>
        </message>
        <message>
            <source>Line {line} is not valid JSON ({reason}).</source>
            <translation>La línea {line} no es JSON válido ({reason}).</translation>
        </message>
        <message>
            <source>Line {line} is not a JSON object.</source>
            <translation>La línea {line} no es un objeto JSON.</translation>
        </message>
        <message>
            <source>Line {line} has no "messages" list.</source>
            <translation>La línea {line} no tiene una lista "messages".</translation>
        </message>
        <message>
            <source>Line {line}, message {n}: it needs a "role" (user, assistant or system) and a text "content".</source>
            <translation>Línea {line}, mensaje {n}: necesita un "role" (user, assistant o system) y un texto en "content".</translation>
        </message>
        <message>
            <source>Line {line} has no assistant answer to learn from.</source>
            <translation>La línea {line} no tiene ninguna respuesta del asistente de la que aprender.</translation>
        </message>
        <message>
            <source>No usable conversation in {path}. Each line must be a JSON object with a "messages" list of user and assistant turns.</source>
            <translation>No hay ninguna conversación utilizable en {path}. Cada línea debe ser un objeto JSON con una lista "messages" de turnos de usuario y de asistente.</translation>
        </message>
        <message>
            <source>There is no file {path}. Check the name.</source>
            <translation>No existe el archivo {path}. Revisa el nombre.</translation>
        </message>
        <message>
            <source>{path} has another vocabulary than the tokenizer of the workspace {workspace}, whose models were trained with it; nothing was changed. Use another workspace (--workspace) to train with this tokenizer.</source>
            <translation>{path} tiene otro vocabulario que el tokenizador del espacio de trabajo {workspace}, con el que se entrenaron sus modelos; no se cambió nada. Usa otro espacio de trabajo (--workspace) para entrenar con este tokenizador.</translation>
        </message>
        <message>
            <source>This installation cannot make {what} ({reason}). Pass --corpus and --tokenizer files instead.</source>
            <translation>Esta instalación no puede crear {what} ({reason}). Pasa en su lugar los archivos --corpus y --tokenizer.</translation>
        </message>
        <message>
            <source>The tokenizer of {path} has {tokens} tokens, but its model was trained with {model}: they do not belong together. Train the model again (pretrain --fresh), or use the workspace they came from.</source>
            <translation>El tokenizador de {path} tiene {tokens} tokens, pero su modelo se entrenó con {model}: no van juntos. Entrena el modelo otra vez (pretrain --fresh) o usa el espacio de trabajo del que vienen.</translation>
        </message>
        <message>
            <source>The folder {path} has no files LLM Lab can read (.txt, .md, .html, .pdf, .jsonl, .parquet). Choose a folder with text in it.</source>
            <translation>La carpeta {path} no tiene archivos que LLM Lab pueda leer (.txt, .md, .html, .pdf, .jsonl, .parquet). Elige una carpeta con texto.</translation>
        </message>
        <message>
            <source>{path} is a symbolic link that points back to itself (a loop), so there is nothing to read. Choose the real file.</source>
            <translation>{path} es un enlace simbólico que apunta a sí mismo (un bucle), así que no hay nada que leer. Elige el archivo real.</translation>
        </message>
        <message>
            <source>{path} is a link to a file that does not exist. Choose the real file.</source>
            <translation>{path} es un enlace a un archivo que no existe. Elige el archivo real.</translation>
        </message>
        <message>
            <source>{path} does not exist. Check the name, or choose the file again.</source>
            <translation>{path} no existe. Revisa el nombre o vuelve a elegir el archivo.</translation>
        </message>
        <message>
            <source>{path} is not a regular file (it is a {kind}), so it cannot be read as text. Choose a saved file.</source>
            <translation>{path} no es un archivo normal (es un {kind}), así que no se puede leer como texto. Elige un archivo guardado.</translation>
        </message>
        <message>
            <source>You do not have permission to read {path}. Ask its owner, or copy it somewhere you can read it.</source>
            <translation>No tienes permiso para leer {path}. Pídeselo a su propietario o cópialo a un sitio donde puedas leerlo.</translation>
        </message>
        <message>
            <source>{path} is not a text file (it looks like {kind}). Save it as plain text (.txt) and try again.</source>
            <translation>{path} no es un archivo de texto (parece {kind}). Guárdalo como texto plano (.txt) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{path} says it is {encoding} but is damaged ({reason}). Save it again as UTF-8 and try again.</source>
            <translation>{path} dice estar en {encoding}, pero está dañado ({reason}). Guárdalo de nuevo como UTF-8 y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{path} is a folder. Choose one file.</source>
            <translation>{path} es una carpeta. Elige un solo archivo.</translation>
        </message>
        <message>
            <source>The corpus has only {n} tokens, too few for a context of {block}. Add more text or choose a shorter context.</source>
            <translation>El corpus solo tiene {n} tokens, demasiado pocos para un contexto de {block}. Añade más texto o elige un contexto más corto.</translation>
        </message>
        <message>
            <source>The batch size {batch} does not divide among {n} workers. Choose a multiple of {n}.</source>
            <translation>El tamaño de lote {batch} no se reparte entre {n} procesos. Elige un múltiplo de {n}.</translation>
        </message>
        <message>
            <source>Each of the {n} workers gets only {tokens} tokens. Use fewer workers or more text.</source>
            <translation>Cada uno de los {n} procesos recibe solo {tokens} tokens. Usa menos procesos o más texto.</translation>
        </message>
        <message>
            <source>A worker failed: {error}</source>
            <translation>Un proceso ha fallado: {error}</translation>
        </message>
        <message>
            <source>Use at least 1 worker, not {n}.</source>
            <translation>Usa al menos 1 proceso, no {n}.</translation>
        </message>
        <message>
            <source>{path} could not be read ({reason}).</source>
            <translation>No se pudo leer {path} ({reason}).</translation>
        </message>
        <message>
            <source>There is no text to clean in {what}. Choose files with some text in them.</source>
            <translation>No hay texto que limpiar en {what}. Elige archivos que tengan algo de texto.</translation>
        </message>
        <message>
            <source>Cleaning removed every document. Switch off some filters or lower the minimum length, and try again.</source>
            <translation>La limpieza eliminó todos los documentos. Desactiva algunos filtros o baja la longitud mínima, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>No files were chosen. Choose a text file or a folder.</source>
            <translation>No se eligió ningún archivo. Elige un archivo de texto o una carpeta.</translation>
        </message>
        <message>
            <source>The output {path} is a folder. Give a file name, such as {example}.</source>
            <translation>La salida {path} es una carpeta. Indica un nombre de archivo, por ejemplo {example}.</translation>
        </message>
        <message>
            <source>The output {path} is also an input: cleaning would overwrite your text. Choose another name for --out.</source>
            <translation>La salida {path} también es una entrada: la limpieza sobrescribiría tu texto. Elige otro nombre para --out.</translation>
        </message>
        <message>
            <source>The file {path} is empty. Choose a file with some text in it.</source>
            <translation>El archivo {path} está vacío. Elige un archivo que tenga algo de texto.</translation>
        </message>
        <message>
            <source>The disk is full, so {path} could not be written. Free some space, or choose another folder, and try again.</source>
            <translation>El disco está lleno, así que no se pudo escribir {path}. Libera espacio o elige otra carpeta, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}). Choose a folder you can write in.</source>
            <translation>No se pudo escribir {path} ({reason}). Elige una carpeta en la que puedas escribir.</translation>
        </message>
        <message>
            <source>There are no preference pairs to learn from. Generate the world's data on the Corpus page, or label pairs on the Preferences page.</source>
            <translation>No hay pares de preferencias de los que aprender. Genera los datos del mundo en la página Corpus, o etiqueta pares en la página Preferencias.</translation>
        </message>
        <message>
            <source>There are no stored experiences to learn from. Run PPO, GRPO or Best-of-N first, or train a reward model to score the preference pairs.</source>
            <translation>No hay experiencias guardadas de las que aprender. Ejecuta antes PPO, GRPO o Best-of-N, o entrena un modelo de recompensa que puntúe los pares de preferencias.</translation>
        </message>
        <message>
            <source>The saved model has another shape or vocabulary than these settings. Start over (--fresh on the command line) to train a new one.</source>
            <translation>El modelo guardado tiene otra forma u otro vocabulario que estos ajustes. Empieza de cero (--fresh en la línea de órdenes) para entrenar uno nuevo.</translation>
        </message>
        <message>
            <source>This workspace has no cleaned corpus yet. Prepare the corpus first.</source>
            <translation>Este espacio de trabajo aún no tiene un corpus limpio. Prepara primero el corpus.</translation>
        </message>
        <message>
            <source>This workspace has no tokenizer yet. Train the tokenizer first.</source>
            <translation>Este espacio de trabajo aún no tiene tokenizador. Entrena primero el tokenizador.</translation>
        </message>
        <message>
            <source>The reward model needs pairs about at least two different prompts ({n} now), so some can be held out. Label or import more pairs.</source>
            <translation>El modelo de recompensa necesita pares sobre al menos dos preguntas distintas (ahora hay {n}), para poder reservar algunas. Etiqueta o importa más pares.</translation>
        </message>
        <message>
            <source>The tokenizer ({tok} tokens) is not the one the pretrained model learnt with ({model} tokens). Pretrain again with this tokenizer.</source>
            <translation>El tokenizador ({tok} tokens) no es con el que aprendió el modelo preentrenado ({model} tokens). Vuelve a preentrenar con este tokenizador.</translation>
        </message>
        <message>
            <source>No conversation fits the model's context of {block} tokens with an answer in it. Use shorter conversations.</source>
            <translation>Ninguna conversación cabe, con su respuesta, en el contexto de {block} tokens del modelo. Usa conversaciones más cortas.</translation>
        </message>
        <message>
            <source>There is no corpus at {path}. Prepare the corpus first.</source>
            <translation>No hay ningún corpus en {path}. Prepara el corpus primero.</translation>
        </message>
        <message>
            <source>The corpus is empty, so there is nothing to learn tokens from. Generate the world or open a text first.</source>
            <translation>El corpus está vacío, así que no hay de dónde aprender tokens. Genera el mundo o abre un texto primero.</translation>
        </message>
        <message>
            <source>The text is {n} tokens long but this model sees at most {block} tokens. Use a shorter text.</source>
            <translation>El texto tiene {n} tokens, pero este modelo ve como mucho {block}. Usa un texto más corto.</translation>
        </message>
        <message>
            <source>The checkpoint does not fit this model ({reason}). Train this stage again.</source>
            <translation>El punto de control no encaja con este modelo ({reason}). Vuelve a entrenar esta etapa.</translation>
        </message>
        <message>
            <source>The width {width} does not divide by {heads} attention heads. Choose a multiple of {heads}, such as {nearest}.</source>
            <translation>La anchura {width} no se puede dividir entre {heads} cabezas de atención. Elige un múltiplo de {heads}, como {nearest}.</translation>
        </message>
        <message>
            <source>The vocabulary has {n} tokens; a model needs at least 2. Train the tokenizer first.</source>
            <translation>El vocabulario tiene {n} tokens; un modelo necesita al menos 2. Entrena primero el tokenizador.</translation>
        </message>
        <message>
            <source>This model needs about {need} GB of memory to train, but about {have} GB are free. Use fewer layers, a smaller width or a smaller batch.</source>
            <translation>Este modelo necesita unos {need} GB de memoria para entrenar, pero hay unos {have} GB libres. Usa menos capas, menos anchura o un lote más pequeño.</translation>
        </message>
        <message>
            <source>The prompt is empty. Write a few words first.</source>
            <translation>El prompt está vacío. Escribe primero unas palabras.</translation>
        </message>
        <message>
            <source>A scaling law needs at least {need} models of different sizes, but there are {n}. Train more models in the sweep.</source>
            <translation>Una ley de escalado necesita al menos {need} modelos de distinto tamaño, pero hay {n}. Entrena más modelos en el barrido.</translation>
        </message>
        <message>
            <source>A pair needs a prompt and two answers that are not empty.</source>
            <translation>Un par necesita una pregunta y dos respuestas que no estén vacías.</translation>
        </message>
        <message>
            <source>The two answers are identical, so there is nothing to prefer. Choose a pair with two different answers.</source>
            <translation>Las dos respuestas son idénticas, así que no hay nada que preferir. Elige un par con dos respuestas distintas.</translation>
        </message>
        <message>
            <source>Line {line} needs the texts "prompt", "chosen" and "rejected".</source>
            <translation>La línea {line} necesita los textos "prompt", "chosen" y "rejected".</translation>
        </message>
        <message>
            <source>Line {line} is skipped: {reason}</source>
            <translation>Se omite la línea {line}: {reason}</translation>
        </message>
        <message>
            <source>No usable preference pair in {path}. Each line must be a JSON object with the texts "prompt", "chosen" and "rejected".</source>
            <translation>No hay ningún par de preferencias utilizable en {path}. Cada línea debe ser un objeto JSON con los textos "prompt", "chosen" y "rejected".</translation>
        </message>
        <message>
            <source>The temperature cannot be negative ({t}). Use 0 or more.</source>
            <translation>La temperatura no puede ser negativa ({t}). Usa 0 o más.</translation>
        </message>
        <message>
            <source>The temperature must be a number, 0 or more (0 = greedy), not {value}.</source>
            <translation>La temperatura debe ser un número, 0 o más (0 = voraz), no {value}.</translation>
        </message>
        <message>
            <source>top-k must be 0 (keep every token) or more, not {value}.</source>
            <translation>top-k debe ser 0 (conservar todos los tokens) o más, no {value}.</translation>
        </message>
        <message>
            <source>top-p must be more than 0 and at most 1, not {value}.</source>
            <translation>top-p debe ser mayor que 0 y como mucho 1, no {value}.</translation>
        </message>
        <message>
            <source>The seed must be a whole number from 0 to {top}, not {value}.</source>
            <translation>La semilla debe ser un número entero de 0 a {top}, no {value}.</translation>
        </message>
        <message>
            <source>The number of new tokens must be 0 or more, not {value}.</source>
            <translation>El número de tokens nuevos debe ser 0 o más, no {value}.</translation>
        </message>
        <message>
            <source>The compute budget must be more than 0 FLOPs, not {c}. Enter a positive number such as 1e18.</source>
            <translation>El presupuesto de cómputo debe ser mayor que 0 FLOPs, no {c}. Escribe un número positivo, como 1e18.</translation>
        </message>
        <message>
            <source>This tokenizer lacks the chat token {token} at id {id}. Train a tokenizer in the lab.</source>
            <translation>A este tokenizador le falta el token de chat {token} con el id {id}. Entrena un tokenizador en el laboratorio.</translation>
        </message>
        <message>
            <source>There is no token {id} in a vocabulary of {n}.</source>
            <translation>No hay ningún token {id} en un vocabulario de {n}.</translation>
        </message>
        <message>
            <source>There is no tokenizer at {path}. Train one first.</source>
            <translation>No hay ningún tokenizador en {path}. Entrena uno primero.</translation>
        </message>
        <message>
            <source>{path} is not a tokenizer file ({reason}). Train the tokenizer again.</source>
            <translation>{path} no es un archivo de tokenizador ({reason}). Vuelve a entrenar el tokenizador.</translation>
        </message>
        <message>
            <source>Only a BPE tokenizer can be exported for Hugging Face, and this workspace has a character tokenizer. Train a BPE tokenizer first.</source>
            <translation>Solo un tokenizador BPE se puede exportar para Hugging Face, y este espacio de trabajo tiene un tokenizador de caracteres. Entrena primero un tokenizador BPE.</translation>
        </message>
        <message>
            <source>There is no SFT model to sample answers from yet. Run SFT first, or label the world's pairs.</source>
            <translation>Aún no hay un modelo SFT del que muestrear respuestas. Haz primero el SFT, o etiqueta los pares del mundo.</translation>
        </message>
        <message>
            <source>The model gave the same answer twice, and two identical answers cannot be compared. Press "Another pair".</source>
            <translation>El modelo dio dos veces la misma respuesta, y dos respuestas idénticas no se pueden comparar. Pulsa "Otro par".</translation>
        </message>
        <message>
            <source>Could not read the scenario {path} ({reason}).</source>
            <translation>No se pudo leer el escenario {path} ({reason}).</translation>
        </message>
        <message>
            <source>Line {line}: Unknown key {key}. Use preset, seed, lesson, step, hide or a section: {sections}.</source>
            <translation>Línea {line}: la clave {key} no existe. Usa preset, seed, lesson, step, hide o una sección: {sections}.</translation>
        </message>
        <message>
            <source>Line {line}: Unknown preset {name}. Choose one of: {names}.</source>
            <translation>Línea {line}: el preset {name} no existe. Elige uno de: {names}.</translation>
        </message>
        <message>
            <source>Line {line}: The scenario is nested too deeply. A scenario holds flat tables of settings, such as [pretrain] with lr = 0.001.</source>
            <translation>Línea {line}: El escenario está anidado demasiado hondo. Un escenario tiene tablas planas de ajustes, como [pretrain] con lr = 0.001.</translation>
        </message>
        <message>
            <source>Line {line}: The scenario is not valid TOML: {reason}.</source>
            <translation>Línea {line}: el escenario no es TOML válido: {reason}.</translation>
        </message>
        <message>
            <source>Line {line}: {key} must be {kind}, not {value}.</source>
            <translation>Línea {line}: {key} debe ser {kind}, no {value}.</translation>
        </message>
        <message>
            <source>Line {line}: There is no lesson {lesson}. Use one of: {lessons}.</source>
            <translation>Línea {line}: no existe la lección {lesson}. Usa una de: {lessons}.</translation>
        </message>
        <message>
            <source>Line {line}: step must be 1 or more (1 is the lesson's first step), not {value}.</source>
            <translation>Línea {line}: step debe ser 1 o más (1 es el primer paso de la lección), no {value}.</translation>
        </message>
        <message>
            <source>Line {line}: {key} must be a table ([{key}]) of settings.</source>
            <translation>Línea {line}: {key} debe ser una tabla ([{key}]) de ajustes.</translation>
        </message>
        <message>
            <source>Line {line}: [{section}] has no setting {key}. It has: {keys}.</source>
            <translation>Línea {line}: [{section}] no tiene el ajuste {key}. Tiene: {keys}.</translation>
        </message>
        <message>
            <source>Line {line}: hide must be a list of settings such as ["pretrain.lr"].</source>
            <translation>Línea {line}: hide debe ser una lista de ajustes, como ["pretrain.lr"].</translation>
        </message>
        <message>
            <source>Line {line}: hide names {entry}, which is not a setting. Write section.setting, such as pretrain.lr.</source>
            <translation>Línea {line}: hide nombra {entry}, que no es un ajuste. Escribe sección.ajuste, como pretrain.lr.</translation>
        </message>
        <message>
            <source>Line {line}: {name} must be between {lo} and {hi}, not {value}.</source>
            <translation>Línea {line}: {name} debe estar entre {lo} y {hi}, no {value}.</translation>
        </message>
        <message>
            <source>The workspace {path} has no finished pipeline to pack. Run `llm-lab pipeline --workspace {path}` first.</source>
            <translation>El espacio de trabajo {path} no tiene un pipeline terminado que empaquetar. Ejecuta antes `llm-lab pipeline --workspace {path}`.</translation>
        </message>
        <message>
            <source>There is no usable bundle in {path} ({reason}). Build it with `make assets`.</source>
            <translation>No hay etapas incluidas que se puedan usar en {path} ({reason}). Créalas con `make assets`.</translation>
        </message>
        <message>
            <source>The bundle in {path} was made by a newer version of LLM Lab. Update LLM Lab, or rebuild the bundle with `make assets`.</source>
            <translation>Las etapas incluidas en {path} se crearon con una versión más nueva de LLM Lab. Actualiza LLM Lab, o vuelve a crearlas con `make assets`.</translation>
        </message>
        <message>
            <source>The bundle in {path} has a damaged manifest ({reason}). Rebuild the bundle with `make assets`.</source>
            <translation>Las etapas incluidas en {path} tienen un manifiesto dañado ({reason}). Vuelve a crearlas con `make assets`.</translation>
        </message>
        <message>
            <source>The bundled file {path} is missing or damaged. Rebuild the bundle with `make assets`.</source>
            <translation>El archivo incluido {path} falta o está dañado. Vuelve a crear las etapas incluidas con `make assets`.</translation>
        </message>
        <message>
            <source>Could not move your work in {path} aside ({reason}). Close the programs that use it and try again.</source>
            <translation>No se pudo apartar tu trabajo de {path} ({reason}). Cierra los programas que lo usan y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The bundle has no stage “{stage}”. Choose one of: {stages}.</source>
            <translation>Las etapas incluidas no tienen «{stage}». Elige una de: {stages}.</translation>
        </message>
        <message>
            <source>The bundled stage {stage} in {path} unpacks to more than {limit} MB, more than any real stage. Rebuild the bundle with `make assets`.</source>
            <translation>La etapa incluida {stage} de {path} ocupa más de {limit} MB al desempaquetarla, más que cualquier etapa real. Vuelve a crear las etapas incluidas con `make assets`.</translation>
        </message>
        <message>
            <source>The bundled model {path} is damaged ({reason}). Rebuild the bundle with `make assets`.</source>
            <translation>El modelo incluido {path} está dañado ({reason}). Vuelve a crear las etapas incluidas con `make assets`.</translation>
        </message>
        <message>
            <source>The checkpoint in {path} was saved by a newer version of LLM Lab (format {found}; this version reads up to {known}). Update LLM Lab, or train this stage again.</source>
            <translation>El punto de control de {path} se guardó con una versión más nueva de LLM Lab (formato {found}; esta versión lee hasta el {known}). Actualiza LLM Lab, o entrena esta etapa de nuevo.</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder. Choose a folder for the workspace with --workspace.</source>
            <translation>{path} es un archivo, no una carpeta. Elige una carpeta para el espacio de trabajo con --workspace.</translation>
        </message>
        <message>
            <source>The workspace {path} is in use by another run of LLM Lab (process {pid}, “{command}”, started {started}). Wait until it ends, stop it, or choose another folder with --workspace.</source>
            <translation>El espacio de trabajo {path} lo está usando otra ejecución de LLM Lab (proceso {pid}, «{command}», iniciada el {started}). Espera a que termine, detenla o elige otra carpeta con --workspace.</translation>
        </message>
        <message>
            <source>Could not use the workspace folder {path} ({reason}). Choose another folder with --workspace.</source>
            <translation>No se pudo usar la carpeta del espacio de trabajo {path} ({reason}). Elige otra carpeta con --workspace.</translation>
        </message>
        <message>
            <source>The workspace {path} was made by a newer version of LLM Lab (format {found}; this version reads up to {known}). Update LLM Lab, or choose another folder with --workspace.</source>
            <translation>El espacio de trabajo {path} se creó con una versión más nueva de LLM Lab (formato {found}; esta versión lee hasta el {known}). Actualiza LLM Lab, o elige otra carpeta con --workspace.</translation>
        </message>
        <message>
            <source>The workspace {path} has a format stamp ({stamp}) that LLM Lab cannot read. Choose another folder with --workspace, or delete the stamp if you know the folder is a workspace of this version.</source>
            <translation>El espacio de trabajo {path} tiene una marca de formato ({stamp}) que LLM Lab no puede leer. Elige otra carpeta con --workspace, o borra la marca si sabes que la carpeta es un espacio de trabajo de esta versión.</translation>
        </message>
        <message>
            <source>The text given to {flag} is not valid UTF-8. Write it again in a UTF-8 terminal, or save it from an editor as UTF-8.</source>
            <translation>El texto dado a {flag} no es UTF-8 válido. Escríbelo de nuevo en una terminal UTF-8, o guárdalo como UTF-8 desde un editor.</translation>
        </message>
        <message>
            <source>{path} is not an LLM Lab workspace, and it is not empty, so nothing was installed or moved. Choose a new or empty folder with --workspace.</source>
            <translation>{path} no es un espacio de trabajo de LLM Lab y no está vacío, así que no se instaló ni se movió nada. Elige una carpeta nueva o vacía con --workspace.</translation>
        </message>
        <message>
            <source>{path} holds earlier work, so nothing was installed or moved. Add --yes to move it aside to a dated folder beside it, or choose another folder with --workspace.</source>
            <translation>{path} tiene trabajo anterior, así que no se instaló ni se movió nada. Añade --yes para apartarlo a una carpeta con fecha a su lado, o elige otra carpeta con --workspace.</translation>
        </message>
        <message>
            <source>Could not use {path} ({reason}). Check the name, that it is a file or a folder as the command expects, that you may read and write it, and that the disk has room.</source>
            <translation>No se pudo usar {path} ({reason}). Comprueba el nombre, que sea un archivo o una carpeta según lo que espera la orden, que puedas leerlo y escribirlo, y que quede espacio en el disco.</translation>
        </message>
        <message>
            <source>The menu entry is for Linux desktops. On Windows and macOS, start LLM Lab with the `llm-lab` command.</source>
            <translation>La entrada de menú es para escritorios Linux. En Windows y macOS, abre LLM Lab con la orden `llm-lab`.</translation>
        </message>
        <message>
            <source>{path} is a folder, but the tokenizer learns from one corpus file. Clean the folder into one first: llm-lab corpus clean {path} --out clean.txt, then use --corpus clean.txt.</source>
            <translation>{path} es una carpeta, pero el tokenizador aprende de un solo archivo de corpus. Limpia antes la carpeta en un archivo: llm-lab corpus clean {path} --out clean.txt, y luego usa --corpus clean.txt.</translation>
        </message>
        <message>
            <source>{path} has no main text to read (only menus, links or scripts). It was skipped.</source>
            <translation>{path} no tiene texto principal que leer (solo menús, enlaces o scripts). Se ha omitido.</translation>
        </message>
        <message>
            <source>{path} is a password-protected PDF, so its text cannot be read. Save a copy without a password.</source>
            <translation>{path} es un PDF protegido con contraseña, así que no se puede leer su texto. Guarda una copia sin contraseña.</translation>
        </message>
        <message>
            <source>{path} has no text in it (a scanned PDF is only pictures). It was skipped.</source>
            <translation>{path} no contiene texto (un PDF escaneado son solo imágenes). Se ha omitido.</translation>
        </message>
        <message>
            <source>{path} has no text field "{field}" ({kind}). Its text fields are: {found}. Choose one with --text-field.</source>
            <translation>{path} no tiene el campo de texto "{field}" ({kind}). Sus campos de texto son: {found}. Elige uno con --text-field.</translation>
        </message>
        <message>
            <source>{path} is a damaged {kind} file and cannot be read ({reason}). It was skipped.</source>
            <translation>{path} es un archivo {kind} dañado y no se puede leer ({reason}). Se ha omitido.</translation>
        </message>
        <message>
            <source>There is no {model} yet in this workspace. Train it first on the {page} page, or with `llm-lab {command} --workspace {path}`.</source>
            <translation>Todavía no hay ningún {model} en este espacio de trabajo. Entrénalo primero en la página {page}, o con `llm-lab {command} --workspace {path}`.</translation>
        </message>
        <message>
            <source>Training diverged at step {step}: the loss is no longer a number, or it exploded. The learning rate {lr} is too high. Try {suggestion} or lower; a resumed run starts from the last good checkpoint.</source>
            <translation>El entrenamiento divergió en el paso {step}: la pérdida ya no es un número, o se disparó. La tasa de aprendizaje {lr} es demasiado alta. Prueba con {suggestion} o menos; al reanudar, el entrenamiento parte del último punto de control bueno.</translation>
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
            <translation>completada</translation>
        </message>
        <message>
            <source>{percent} % done</source>
            <translation>{percent} % hecho</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Repasar</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
    </context>
    <context>
        <name>LessonDock</name>
        <message>
            <source>This lesson starts where the stage “{name}” ends. If you have not done that stage yet, do it first.</source>
            <translation>Esta lección empieza donde termina la etapa «{name}». Si aún no has hecho esa etapa, hazla primero.</translation>
        </message>
        <message>
            <source>This lesson is meant to start from the scenario {name}.</source>
            <translation>Esta lección está pensada para empezar desde el escenario {name}.</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>&amp;Lessons</source>
            <translation>&amp;Lecciones</translation>
        </message>
        <message>
            <source>Show &amp;lessons</source>
            <translation>Mostrar &amp;lecciones</translation>
        </message>
        <message>
            <source>Lesson &amp;index</source>
            <translation>Í&amp;ndice de lecciones</translation>
        </message>
        <message>
            <source>&amp;Teacher mode</source>
            <translation>Modo &amp;docente</translation>
        </message>
        <message>
            <source>Move freely between steps (arrow keys, space) and see every check.</source>
            <translation>Muévete libremente entre los pasos (flechas, espacio) y ve cada comprobación.</translation>
        </message>
    </context>
    <context>
        <name>LessonIndex</name>
        <message>
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>Each lesson takes 10 to 20 minutes. You read, predict, try it in the app, and answer a short quiz. Your progress is saved.</source>
            <translation>Cada lección dura entre 10 y 20 minutos. Lees, predices, lo pruebas en la aplicación y respondes un pequeño cuestionario. Tu progreso se guarda.</translation>
        </message>
    </context>
    <context>
        <name>LessonPlayer</name>
        <message>
            <source>All lessons</source>
            <translation>Todas las lecciones</translation>
        </message>
        <message>
            <source>Teacher mode</source>
            <translation>Modo docente</translation>
        </message>
        <message>
            <source>Move freely between steps (arrow keys, space) and see every check.</source>
            <translation>Muévete libremente entre los pasos (flechas, espacio) y ve cada comprobación.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Start this lesson over from its first step.</source>
            <translation>Vuelve a empezar esta lección desde el primer paso.</translation>
        </message>
        <message>
            <source>Lesson complete</source>
            <translation>Lección completada</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>Paso {n} de {total}</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Hecho.</translation>
        </message>
        <message>
            <source>Waiting for you to do it…</source>
            <translation>Esperando a que lo hagas…</translation>
        </message>
        <message>
            <source>holds now</source>
            <translation>se cumple ahora</translation>
        </message>
        <message>
            <source>does not hold yet</source>
            <translation>aún no se cumple</translation>
        </message>
        <message>
            <source>Check: {check} ({state})</source>
            <translation>Comprobación: {check} ({state})</translation>
        </message>
        <message>
            <source>First make your prediction.</source>
            <translation>Primero haz tu predicción.</translation>
        </message>
        <message>
            <source>Do the step in the app first.</source>
            <translation>Primero haz el paso en la aplicación.</translation>
        </message>
        <message>
            <source>Answer the quiz first.</source>
            <translation>Primero responde el cuestionario.</translation>
        </message>
    </context>
    <context>
        <name>LivePlot</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Tabla CSV (*.csv)</translation>
        </message>
        <message>
            <source>Save plot</source>
            <translation>Guardar gráfica</translation>
        </message>
        <message>
            <source>Could not save {path}: {reason}</source>
            <translation>No se pudo guardar {path}: {reason}</translation>
        </message>
        <message>
            <source>Save as PNG image…</source>
            <translation>Guardar como imagen PNG…</translation>
        </message>
        <message>
            <source>Save as SVG drawing…</source>
            <translation>Guardar como dibujo SVG…</translation>
        </message>
        <message>
            <source>Save data as CSV…</source>
            <translation>Guardar los datos como CSV…</translation>
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
            <source>There is no lesson {n}.</source>
            <translation>No hay ninguna lección {n}.</translation>
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
            <source>Close LLM Lab</source>
            <translation>Cerrar LLM Lab</translation>
        </message>
        <message>
            <source>{job} is running. Close anyway? It stops and saves first; next time it goes on from there.</source>
            <translation>{job} está en marcha. ¿Cerrar de todos modos? Primero se detiene y guarda; la próxima vez sigue desde ahí.</translation>
        </message>
        <message>
            <source>Stopping and saving…</source>
            <translation>Deteniendo y guardando…</translation>
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>{n} ({short})</source>
            <translation>{n} ({short})</translation>
        </message>
        <message>
            <source>{n} per token (forward and backward)</source>
            <translation>{n} por token (hacia delante y hacia atrás)</translation>
        </message>
        <message>
            <source>{total} to train with batches of {batch}: weights {weights}, gradients {grads}, optimizer {opt}, activations {acts}</source>
            <translation>{total} para entrenar con lotes de {batch}: pesos {weights}, gradientes {grads}, optimizador {opt}, activaciones {acts}</translation>
        </message>
        <message>
            <source>{n} tokens (your tokenizer)</source>
            <translation>{n} tokens (tu tokenizador)</translation>
        </message>
        <message>
            <source>{n} tokens (assumed: no tokenizer trained yet)</source>
            <translation>{n} tokens (supuesto: aún no has entrenado un tokenizador)</translation>
        </message>
        <message>
            <source>B = batch ({b}), T = context ({t}), C = width ({c}), heads = {h}, V = vocabulary ({v})</source>
            <translation>B = lote ({b}), T = contexto ({t}), C = anchura ({c}), cabezas = {h}, V = vocabulario ({v})</translation>
        </message>
        <message>
            <source>× {n} blocks</source>
            <translation>× {n} bloques</translation>
        </message>
        <message>
            <source>The pretrained model in this workspace has another shape ({shape}). This choice is trained when you press Start over on the Pretraining page; Continue goes on with the saved model.</source>
            <translation>El modelo preentrenado de este espacio de trabajo tiene otra forma ({shape}). Esta elección se entrena cuando pulses Empezar de cero en la página Preentrenamiento; Continuar sigue con el modelo guardado.</translation>
        </message>
        <message>
            <source>Token ids</source>
            <translation>Ids de los tokens</translation>
        </message>
        <message>
            <source>Token embedding</source>
            <translation>Embedding de tokens</translation>
        </message>
        <message>
            <source>Position embedding</source>
            <translation>Embedding de posiciones</translation>
        </message>
        <message>
            <source>Add: token + position</source>
            <translation>Suma: token + posición</translation>
        </message>
        <message>
            <source>LayerNorm</source>
            <translation>LayerNorm</translation>
        </message>
        <message>
            <source>Attention: queries, keys, values</source>
            <translation>Atención: consultas, claves, valores</translation>
        </message>
        <message>
            <source>Attention: split into heads</source>
            <translation>Atención: reparto en cabezas</translation>
        </message>
        <message>
            <source>Attention weights (causal mask)</source>
            <translation>Pesos de atención (máscara causal)</translation>
        </message>
        <message>
            <source>Attention: weighted sum of values</source>
            <translation>Atención: suma ponderada de los valores</translation>
        </message>
        <message>
            <source>Attention: output projection</source>
            <translation>Atención: proyección de salida</translation>
        </message>
        <message>
            <source>Add (residual connection)</source>
            <translation>Suma (conexión residual)</translation>
        </message>
        <message>
            <source>MLP: widen ×4</source>
            <translation>MLP: ensancha ×4</translation>
        </message>
        <message>
            <source>MLP: GELU</source>
            <translation>MLP: GELU</translation>
        </message>
        <message>
            <source>MLP: project back</source>
            <translation>MLP: vuelve a la anchura</translation>
        </message>
        <message>
            <source>Final LayerNorm</source>
            <translation>LayerNorm final</translation>
        </message>
        <message>
            <source>Logits (output layer, shares the token embedding)</source>
            <translation>Logits (capa de salida, comparte el embedding de tokens)</translation>
        </message>
        <message>
            <source>Softmax: probability of each next token</source>
            <translation>Softmax: probabilidad de cada siguiente token</translation>
        </message>
        <message>
            <source>Shape of the model</source>
            <translation>Forma del modelo</translation>
        </message>
        <message>
            <source>What it costs</source>
            <translation>Lo que cuesta</translation>
        </message>
        <message>
            <source>Architecture: the tensors one batch goes through</source>
            <translation>Arquitectura: los tensores por los que pasa un lote</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>FLOPs</source>
            <translation>FLOPs</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memoria</translation>
        </message>
        <message>
            <source>Vocabulary</source>
            <translation>Vocabulario</translation>
        </message>
        <message>
            <source>{layers} layers, {heads} heads, width {width}, context {context} tokens</source>
            <translation>{layers} capas, {heads} cabezas, anchura {width}, contexto de {context} tokens</translation>
        </message>
    </context>
    <context>
        <name>PairTable</name>
        <message>
            <source>Prompt</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Elegida</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
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
            <translation>en marcha…</translation>
        </message>
        <message>
            <source>not run yet</source>
            <translation>sin ejecutar</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>incluido</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
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
            <translation>Zona de pruebas</translation>
        </message>
        <message>
            <source>Model from step {step} of pretraining ({params} parameters).</source>
            <translation>Modelo del paso {step} del preentrenamiento ({params} parámetros).</translation>
        </message>
        <message>
            <source>There is no pretrained model yet. Pretrain one on the Pretraining page first.</source>
            <translation>Aún no hay un modelo preentrenado. Preentrena uno primero en la página de Preentrenamiento.</translation>
        </message>
        <message>
            <source>1 token can be drawn · entropy {h} bits (how unsure the choice is)</source>
            <translation>1 token puede salir · entropía {h} bits (cuánta duda hay en la elección)</translation>
        </message>
        <message>
            <source>{kept} tokens can be drawn · entropy {h} bits (how unsure the choice is)</source>
            <translation>{kept} tokens pueden salir · entropía {h} bits (cuánta duda hay en la elección)</translation>
        </message>
        <message>
            <source>top-k = {k}: the rest is cut</source>
            <translation>top-k = {k}: el resto queda fuera</translation>
        </message>
        <message>
            <source>top-p = {p}: the rest is cut</source>
            <translation>top-p = {p}: el resto queda fuera</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generar</translation>
        </message>
        <message>
            <source>The capital of France is</source>
            <translation>La capital de Francia es</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Next token</source>
            <translation>Siguiente token</translation>
        </message>
        <message>
            <source>Draw one token with the sliders' settings. Or click a bar to choose it yourself.</source>
            <translation>Saca un token con los ajustes de los deslizadores. O haz clic en una barra para elegirlo tú.</translation>
        </message>
        <message>
            <source>Continue the text token by token.</source>
            <translation>Continúa el texto token a token.</translation>
        </message>
        <message>
            <source>How many tokens Generate adds.</source>
            <translation>Cuántos tokens añade Generar.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Take back the last token.</source>
            <translation>Quita el último token.</translation>
        </message>
        <message>
            <source>model</source>
            <translation>modelo</translation>
        </message>
        <message>
            <source>after temperature</source>
            <translation>tras la temperatura</translation>
        </message>
        <message>
            <source>after top-k and top-p</source>
            <translation>tras top-k y top-p</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>acumulada</translation>
        </message>
        <message>
            <source>Load a model and write a prompt to see the next-token probabilities.</source>
            <translation>Carga un modelo y escribe un prompt para ver las probabilidades del siguiente token.</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>Attention</source>
            <translation>Atención</translation>
        </message>
    </context>
    <context>
        <name>PreferencesPage</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>You agree with the rubric on {agree} of {n} pairs ({rate}).</source>
            <translation>Coincides con la rúbrica en {agree} de {n} pares ({rate}).</translation>
        </message>
        <message>
            <source>Choose the better answer: press 1 or 2 (0 for a tie, → to skip).</source>
            <translation>Elige la mejor respuesta: pulsa 1 o 2 (0 para empate, → para saltar).</translation>
        </message>
        <message>
            <source>{total} pairs for the reward model: {rubric} from the rubric, {mine} labelled by you, {imported} imported. Decisions so far: {decisions}.</source>
            <translation>{total} pares para el modelo de recompensa: {rubric} de la rúbrica, {mine} etiquetados por ti, {imported} importados. Decisiones hasta ahora: {decisions}.</translation>
        </message>
        <message>
            <source>Import preference pairs</source>
            <translation>Importar pares de preferencias</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
            <translation>JSON Lines (*.jsonl *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>{n} pairs imported from {file}.</source>
            <translation>{n} pares importados de {file}.</translation>
        </message>
        <message>
            <source>Export preference pairs</source>
            <translation>Exportar pares de preferencias</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl)</source>
            <translation>JSON Lines (*.jsonl)</translation>
        </message>
        <message>
            <source>{n} pairs written to {file}.</source>
            <translation>{n} pares guardados en {file}.</translation>
        </message>
        <message>
            <source>Pairs from the world</source>
            <translation>Pares del mundo</translation>
        </message>
        <message>
            <source>Two answers sampled from the model</source>
            <translation>Dos respuestas muestreadas del modelo</translation>
        </message>
        <message>
            <source>Another pair</source>
            <translation>Otro par</translation>
        </message>
        <message>
            <source>You are the human: which answer is better?</source>
            <translation>Tú eres el humano: ¿qué respuesta es mejor?</translation>
        </message>
        <message>
            <source>Answer {n}</source>
            <translation>Respuesta {n}</translation>
        </message>
        <message>
            <source>{n} is better (key {n})</source>
            <translation>La {n} es mejor (tecla {n})</translation>
        </message>
        <message>
            <source>Tie (key 0)</source>
            <translation>Empate (tecla 0)</translation>
        </message>
        <message>
            <source>Skip (key →)</source>
            <translation>Saltar (tecla →)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Preference dataset</source>
            <translation>Conjunto de preferencias</translation>
        </message>
        <message>
            <source>Use only my labels (replace the rubric's)</source>
            <translation>Usar solo mis etiquetas (en lugar de las de la rúbrica)</translation>
        </message>
        <message>
            <source>Off: your labels join the rubric's pairs. On: the reward model learns from your labels and imported pairs only.</source>
            <translation>Desactivado: tus etiquetas se suman a los pares de la rúbrica. Activado: el modelo de recompensa aprende solo de tus etiquetas y de los pares importados.</translation>
        </message>
        <message>
            <source>Import JSONL…</source>
            <translation>Importar JSONL…</translation>
        </message>
        <message>
            <source>Export JSONL…</source>
            <translation>Exportar JSONL…</translation>
        </message>
        <message>
            <source>rubric</source>
            <translation>rúbrica</translation>
        </message>
        <message>
            <source>you</source>
            <translation>tú</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importado</translation>
        </message>
        <message>
            <source>correctness</source>
            <translation>corrección</translation>
        </message>
        <message>
            <source>politeness</source>
            <translation>cortesía</translation>
        </message>
        <message>
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <source>concision</source>
            <translation>concisión</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>Last pair: {prompt}</source>
            <translation>Último par: {prompt}</translation>
        </message>
        <message>
            <source>The rubric scores both answers the same.</source>
            <translation>La rúbrica puntúa igual las dos respuestas.</translation>
        </message>
        <message>
            <source>The rubric prefers answer {n}.</source>
            <translation>La rúbrica prefiere la respuesta {n}.</translation>
        </message>
        <message>
            <source>You called it a tie.</source>
            <translation>Tú dijiste empate.</translation>
        </message>
        <message>
            <source>You agree.</source>
            <translation>Coincides.</translation>
        </message>
        <message>
            <source>You chose the other one.</source>
            <translation>Tú elegiste la otra.</translation>
        </message>
        <message>
            <source>Answer 1</source>
            <translation>Respuesta 1</translation>
        </message>
        <message>
            <source>Answer 2</source>
            <translation>Respuesta 2</translation>
        </message>
    </context>
    <context>
        <name>PrepareBanner</name>
        <message>
            <source>Generating the world, cleaning it and training the tokenizer…</source>
            <translation>Generando el mundo, limpiándolo y entrenando el tokenizador…</translation>
        </message>
        <message>
            <source>{step}… ({done} of {total})</source>
            <translation>{step}… ({done} de {total})</translation>
        </message>
        <message>
            <source>Pretraining needs a cleaned corpus and a tokenizer. Make them on the Corpus and Tokenizer pages, or let the lab make them now with the classroom settings.</source>
            <translation>El preentrenamiento necesita un corpus limpio y un tokenizador. Créalos en las páginas Corpus y Tokenizador, o deja que el laboratorio los cree ahora con los ajustes de clase.</translation>
        </message>
        <message>
            <source>Prepare them for me</source>
            <translation>Prepáralos por mí</translation>
        </message>
    </context>
    <context>
        <name>PretrainPage</name>
        <message>
            <source>Pretraining</source>
            <translation>Preentrenamiento</translation>
        </message>
        <message>
            <source>Start over forgets the model trained so far and its curves. Go on?</source>
            <translation>Empezar de cero olvida el modelo entrenado hasta ahora y sus curvas. ¿Seguimos?</translation>
        </message>
        <message>
            <source>Checkpoint saved at step {step}.</source>
            <translation>Punto de control guardado en el paso {step}.</translation>
        </message>
        <message>
            <source>{n} tokens per second</source>
            <translation>{n} tokens por segundo</translation>
        </message>
        <message>
            <source>step {done} of {total}</source>
            <translation>paso {done} de {total}</translation>
        </message>
        <message>
            <source>{eta} left</source>
            <translation>quedan {eta}</translation>
        </message>
        <message>
            <source>{params} parameters, {tokens} training tokens, on {device}.</source>
            <translation>{params} parámetros, {tokens} tokens de entrenamiento, en {device}.</translation>
        </message>
        <message>
            <source>It trains the model chosen on the Model page: {shape}.</source>
            <translation>Entrena el modelo elegido en la página Modelo: {shape}.</translation>
        </message>
        <message>
            <source>Continue trains the saved model: {saved}. The Model page now has another model ({chosen}); it is trained only if you press Start over.</source>
            <translation>Continuar entrena el modelo guardado: {saved}. La página Modelo tiene ahora otro modelo ({chosen}); solo se entrena si pulsas Empezar de cero.</translation>
        </message>
        <message>
            <source>It trains the saved model: {shape}.</source>
            <translation>Entrena el modelo guardado: {shape}.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>The model's shape cannot work. Fix it on the Model page first.</source>
            <translation>La forma del modelo no puede funcionar. Corrígela primero en la página Modelo.</translation>
        </message>
        <message>
            <source>Prepare the corpus and the tokenizer first (see above).</source>
            <translation>Prepara primero el corpus y el tokenizador (mira arriba).</translation>
        </message>
        <message>
            <source>Training settings</source>
            <translation>Ajustes del entrenamiento</translation>
        </message>
        <message>
            <source>Forget the saved model and train a new one from scratch.</source>
            <translation>Olvida el modelo guardado y entrena uno nuevo desde cero.</translation>
        </message>
        <message>
            <source>Train the model named above; continues from the saved checkpoint if there is one.</source>
            <translation>Entrena el modelo indicado arriba; si hay un punto de control guardado, sigue desde él.</translation>
        </message>
        <message>
            <source>Stop and save a checkpoint; you can continue later.</source>
            <translation>Detén y guarda un punto de control; podrás continuar más tarde.</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Tasa de aprendizaje</translation>
        </message>
        <message>
            <source>What the model writes (newest on top)</source>
            <translation>Lo que escribe el modelo (lo más reciente arriba)</translation>
        </message>
        <message>
            <source>training</source>
            <translation>entrenamiento</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>validación</translation>
        </message>
        <message>
            <source>step</source>
            <translation>paso</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>tasa de aprendizaje</translation>
        </message>
    </context>
    <context>
        <name>QuestionBox</name>
        <message>
            <source>Predict first</source>
            <translation>Predice primero</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Your guess is in. Now see for yourself.</source>
            <translation>Tu predicción está hecha. Ahora compruébalo tú.</translation>
        </message>
        <message>
            <source>You predicted it.</source>
            <translation>Lo has predicho.</translation>
        </message>
        <message>
            <source>Not this time.</source>
            <translation>Esta vez no.</translation>
        </message>
        <message>
            <source>The answer: {answer}</source>
            <translation>La respuesta: {answer}</translation>
        </message>
        <message>
            <source>Right.</source>
            <translation>Correcto.</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>No exactamente.</translation>
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
            <translation>Banco de pruebas desactivado: la próxima ejecución entrena el modelo PPO de la clase.</translation>
        </message>
        <message>
            <source>Sandbox loaded: β = 0 and the knowledge prior off, so nothing holds the model near the SFT model. Press Start and watch the two rewards part ways; then set β to 0.1 and start again. Sandbox runs are saved apart: the class's PPO model is not touched.</source>
            <translation>Banco de pruebas cargado: β = 0 y el conocimiento previo desactivado, así que nada retiene al modelo cerca del modelo SFT. Pulsa Empezar y mira cómo se separan las dos recompensas; luego pon β en 0,1 y vuelve a empezar. Las ejecuciones del banco de pruebas se guardan aparte: el modelo PPO de la clase no se toca.</translation>
        </message>
        <message>
            <source>sandbox</source>
            <translation>banco de pruebas</translation>
        </message>
        <message>
            <source>Held-out questions: rubric reward {reward} (SFT model: {sft}), rude answers {rude}, KL to the SFT model {kl} nats per answer.</source>
            <translation>Preguntas de evaluación reservadas: recompensa de la rúbrica {reward} (modelo SFT: {sft}), respuestas groseras {rude}, KL respecto al modelo SFT {kl} nats por respuesta.</translation>
        </message>
        <message>
            <source>RLHF starts from the SFT model, and this workspace has none yet. Fine-tune one on the SFT page first.</source>
            <translation>El RLHF parte del modelo SFT, y este espacio de trabajo aún no tiene ninguno. Afina uno antes en la página SFT.</translation>
        </message>
        <message>
            <source>There is no reward model yet, and PPO and GRPO need one to score the answers. Train one on the Reward page first.</source>
            <translation>Todavía no hay modelo de recompensa, y PPO y GRPO necesitan uno para puntuar las respuestas. Entrena uno antes en la página Recompensa.</translation>
        </message>
        <message>
            <source>PPO (RLHF with a value model)</source>
            <translation>PPO (RLHF con modelo de valor)</translation>
        </message>
        <message>
            <source>GRPO (groups of answers, no value model)</source>
            <translation>GRPO (grupos de respuestas, sin modelo de valor)</translation>
        </message>
        <message>
            <source>Offline RL (stored answers, no generation)</source>
            <translation>RL offline (respuestas guardadas, sin generar)</translation>
        </message>
        <message>
            <source>Method and settings</source>
            <translation>Método y ajustes</translation>
        </message>
        <message>
            <source>KL penalty β</source>
            <translation>Penalización KL β</translation>
        </message>
        <message>
            <source>How much each token of an answer pays for moving away from the SFT model. Small β: higher reward-model scores, and the risk of reward hacking.</source>
            <translation>Cuánto paga cada token de una respuesta por alejarse del modelo SFT. β pequeña: puntuaciones más altas del modelo de recompensa, y el riesgo de hackeo de la recompensa.</translation>
        </message>
        <message>
            <source>Reward-hacking sandbox (β = 0)</source>
            <translation>Banco de pruebas del hackeo de la recompensa (β = 0)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Top left:&lt;/b&gt; the reward model's score (blue, left scale), which the policy is trained to raise, and the rubric's score (green, right scale), the human's opinion, which it never sees. &lt;b&gt;Top right:&lt;/b&gt; the same two rewards against the KL to the SFT model: when blue keeps climbing while green falls, the model is hacking the reward. &lt;b&gt;Below:&lt;/b&gt; the KL in nats per answer, and the entropy of the policy (how unsure it is per token). In PPO the KL is &lt;i&gt;inside the reward&lt;/i&gt;: every token pays β × its log-ratio to the SFT model, so a larger β keeps answers close to the SFT model. GRPO puts the KL in the loss instead, and offline RL only re-weights answers stored earlier.</source>
            <translation>&lt;b&gt;Arriba a la izquierda:&lt;/b&gt; la puntuación del modelo de recompensa (azul, escala izquierda), que la política aprende a subir, y la de la rúbrica (verde, escala derecha), la opinión del humano, que nunca ve. &lt;b&gt;Arriba a la derecha:&lt;/b&gt; las mismas dos recompensas frente a la KL respecto al modelo SFT: si el azul sigue subiendo mientras el verde baja, el modelo está hackeando la recompensa. &lt;b&gt;Abajo:&lt;/b&gt; la KL en nats por respuesta, y la entropía de la política (cuán insegura está en cada token). En PPO la KL está &lt;i&gt;dentro de la recompensa&lt;/i&gt;: cada token paga β × su log-ratio respecto al modelo SFT, así que una β mayor mantiene las respuestas cerca del modelo SFT. GRPO pone la KL en la pérdida, y el RL offline solo repondera respuestas guardadas antes.</translation>
        </message>
        <message>
            <source>reward model</source>
            <translation>modelo de recompensa</translation>
        </message>
        <message>
            <source>rubric (the human)</source>
            <translation>rúbrica (el humano)</translation>
        </message>
        <message>
            <source>rubric</source>
            <translation>rúbrica</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>iteración</translation>
        </message>
        <message>
            <source>Load the setting where the reward model's score keeps rising while the rubric's falls: PPO with no KL penalty, scored by the reward model's learned head without its knowledge prior.</source>
            <translation>Carga el ajuste en el que la puntuación del modelo de recompensa sigue subiendo mientras la de la rúbrica baja: PPO sin penalización KL, puntuado por la cabeza aprendida del modelo de recompensa sin su conocimiento previo.</translation>
        </message>
        <message>
            <source>KL to the SFT model (nats per answer)</source>
            <translation>KL respecto al modelo SFT (nats por respuesta)</translation>
        </message>
        <message>
            <source>KL to the SFT model</source>
            <translation>KL respecto al modelo SFT</translation>
        </message>
        <message>
            <source>nats per answer</source>
            <translation>nats por respuesta</translation>
        </message>
        <message>
            <source>entropy per token</source>
            <translation>entropía por token</translation>
        </message>
        <message>
            <source>loss (offline RL)</source>
            <translation>pérdida (RL offline)</translation>
        </message>
        <message>
            <source>nats</source>
            <translation>nats</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>Iteración</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Modelo de recompensa</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Rúbrica</translation>
        </message>
        <message>
            <source>KL</source>
            <translation>KL</translation>
        </message>
        <message>
            <source>run {n} ({label}): {what}</source>
            <translation>ejecución {n} ({label}): {what}</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Pipeline report</source>
            <translation>Informe del pipeline</translation>
        </message>
    </context>
    <context>
        <name>RewardPage</name>
        <message>
            <source>Reward model</source>
            <translation>Modelo de recompensa</translation>
        </message>
        <message>
            <source>Held-out pairs ranked right, by what is wrong with the rejected answer: {parts}.</source>
            <translation>Pares reservados bien ordenados, según lo que falla en la respuesta rechazada: {parts}.</translation>
        </message>
        <message>
            <source>No reward model yet: train it (Start), then score again.</source>
            <translation>Aún no hay modelo de recompensa: entrénalo (Empezar) y vuelve a puntuar.</translation>
        </message>
        <message>
            <source>Reward model: {score}</source>
            <translation>Modelo de recompensa: {score}</translation>
        </message>
        <message>
            <source>{n} preference pairs: {rubric} from the rubric, {mine} yours.</source>
            <translation>{n} pares de preferencias: {rubric} de la rúbrica, {mine} tuyos.</translation>
        </message>
        <message>
            <source>{sampled} of the rubric's compare the SFT model's own answers (sampled when the reward model starts training).</source>
            <translation>{sampled} de los de la rúbrica comparan respuestas del propio modelo SFT (muestreadas cuando empieza a entrenarse el modelo de recompensa).</translation>
        </message>
        <message>
            <source>Only your labels are used (see Preferences).</source>
            <translation>Solo se usan tus etiquetas (mira Preferencias).</translation>
        </message>
        <message>
            <source>The reward model starts from the SFT model, and this workspace has none yet. Run SFT first.</source>
            <translation>El modelo de recompensa parte del modelo SFT, y este espacio de trabajo aún no tiene uno. Haz primero el afinado supervisado (SFT).</translation>
        </message>
        <message>
            <source>Preference pairs</source>
            <translation>Pares de preferencias</translation>
        </message>
        <message>
            <source>Label pairs yourself</source>
            <translation>Etiqueta pares tú mismo</translation>
        </message>
        <message>
            <source>Training settings</source>
            <translation>Ajustes del entrenamiento</translation>
        </message>
        <message>
            <source>Train the reward model from the SFT model on the preference pairs.</source>
            <translation>Entrena el modelo de recompensa, a partir del modelo SFT, con los pares de preferencias.</translation>
        </message>
        <message>
            <source>training</source>
            <translation>entrenamiento</translation>
        </message>
        <message>
            <source>held-out pairs</source>
            <translation>pares reservados</translation>
        </message>
        <message>
            <source>step</source>
            <translation>paso</translation>
        </message>
        <message>
            <source>Bradley–Terry loss</source>
            <translation>pérdida de Bradley–Terry</translation>
        </message>
        <message>
            <source>training batch</source>
            <translation>lote de entrenamiento</translation>
        </message>
        <message>
            <source>pairs ranked right</source>
            <translation>pares bien ordenados</translation>
        </message>
        <message>
            <source>Scores of held-out answers</source>
            <translation>Puntuaciones de respuestas reservadas</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>elegidas</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rechazadas</translation>
        </message>
        <message>
            <source>reward model score</source>
            <translation>puntuación del modelo de recompensa</translation>
        </message>
        <message>
            <source>answers</source>
            <translation>respuestas</translation>
        </message>
        <message>
            <source>Score any answer</source>
            <translation>Puntúa cualquier respuesta</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuar</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Rúbrica</translation>
        </message>
        <message>
            <source>rude</source>
            <translation>grosera</translation>
        </message>
        <message>
            <source>wrong fact</source>
            <translation>dato falso</translation>
        </message>
        <message>
            <source>other language</source>
            <translation>otro idioma</translation>
        </message>
        <message>
            <source>rambling</source>
            <translation>divaga</translation>
        </message>
        <message>
            <source>needless "I don't know"</source>
            <translation>«No lo sé» innecesario</translation>
        </message>
        <message>
            <source>made-up fact</source>
            <translation>dato inventado</translation>
        </message>
        <message>
            <source>another subject</source>
            <translation>otro tema</translation>
        </message>
        <message>
            <source>the SFT model's own mistake</source>
            <translation>error del propio modelo SFT</translation>
        </message>
        <message>
            <source>Only differences between reward-model scores mean something: compare two answers to the same prompt.</source>
            <translation>Solo las diferencias entre puntuaciones del modelo de recompensa significan algo: compara dos respuestas a la misma pregunta.</translation>
        </message>
    </context>
    <context>
        <name>RunControls</name>
        <message>
            <source>{message} · {done} of {total}</source>
            <translation>{message} · {done} de {total}</translation>
        </message>
        <message>
            <source>{message} · step {done} of {total}</source>
            <translation>{message} · paso {done} de {total}</translation>
        </message>
        <message>
            <source>Stopped. What was learnt so far is saved: Start goes on from there.</source>
            <translation>Detenido. Lo aprendido hasta ahora está guardado: Empezar sigue desde ahí.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Start, or go on with a run that was stopped.</source>
            <translation>Empieza, o sigue con una ejecución que se detuvo.</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de cero</translation>
        </message>
        <message>
            <source>Begin again from the SFT model, forgetting a stopped run.</source>
            <translation>Vuelve a empezar desde el modelo SFT, olvidando una ejecución detenida.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop and save what was learnt so far.</source>
            <translation>Detener y guardar lo aprendido hasta ahora.</translation>
        </message>
    </context>
    <context>
        <name>RunsTable</name>
        <message>
            <source>Run SFT once with loss masking and once without it (same steps) to compare them here.</source>
            <translation>Haz el SFT una vez con enmascarado de la pérdida y otra sin él (mismos pasos) para compararlos aquí.</translation>
        </message>
        <message>
            <source>The two runs have different numbers of steps, so the comparison is not fair yet.</source>
            <translation>Las dos ejecuciones tienen distinto número de pasos, así que la comparación aún no es justa.</translation>
        </message>
        <message>
            <source>With the same steps, the masked run answers better: every update went to learning the answers, none to copying questions.</source>
            <translation>Con los mismos pasos, la ejecución enmascarada responde mejor: cada actualización se dedicó a aprender las respuestas, ninguna a copiar preguntas.</translation>
        </message>
        <message>
            <source>Here the unmasked run came out ahead. With short questions that resemble the answers, learning the questions too can help a little; the masked run spent no effort on them.</source>
            <translation>Aquí ganó la ejecución sin enmascarar. Con preguntas cortas parecidas a las respuestas, aprender también las preguntas puede ayudar un poco; la ejecución enmascarada no les dedicó ningún esfuerzo.</translation>
        </message>
        <message>
            <source>Both runs reach the same figures: on this data, learning the questions too neither helps nor hurts the answers. Masking matters more when prompts are long or unlike the answers.</source>
            <translation>Las dos ejecuciones llegan a las mismas cifras: con estos datos, aprender también las preguntas ni ayuda ni perjudica a las respuestas. El enmascarado importa más cuando las preguntas son largas o distintas de las respuestas.</translation>
        </message>
        <message>
            <source>Loss masking: compare the runs</source>
            <translation>Enmascarado de la pérdida: compara las ejecuciones</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Unmasked</source>
            <translation>Sin enm.</translation>
        </message>
        <message>
            <source>Masked</source>
            <translation>Enmasc.</translation>
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
            <translation>Tus conversaciones (JSONL)</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
            <translation>JSON Lines (*.jsonl *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>{n} conversations from {file}.</source>
            <translation>{n} conversaciones de {file}.</translation>
        </message>
        <message>
            <source>{n} lines skipped:</source>
            <translation>{n} líneas omitidas:</translation>
        </message>
        <message>
            <source>{n} conversations written by the world: polite, correct, short answers.</source>
            <translation>{n} conversaciones escritas por el mundo: respuestas amables, correctas y breves.</translation>
        </message>
        <message>
            <source>Short pretraining</source>
            <translation>Preentrenamiento corto</translation>
        </message>
        <message>
            <source>Pretraining a base model for a few minutes…</source>
            <translation>Preentrenando un modelo base durante unos minutos…</translation>
        </message>
        <message>
            <source>Step {step}: {prompt} ▸ {text}</source>
            <translation>Paso {step}: {prompt} ▸ {text}</translation>
        </message>
        <message>
            <source>SFT starts from a pretrained model, and this workspace has none yet. Pretrain one on the Pretrain page, or run a short pretraining here.</source>
            <translation>El afinado supervisado (SFT) parte de un modelo preentrenado, y este espacio de trabajo aún no tiene uno. Preentrena uno en la página de Preentrenamiento, o haz aquí un preentrenamiento corto.</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>The world's conversations</source>
            <translation>Las conversaciones del mundo</translation>
        </message>
        <message>
            <source>My file (JSONL)</source>
            <translation>Mi archivo (JSONL)</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>One conversation per line, in the common form: a "messages" list of turns, each with a "role" (user or assistant) and a "content".</source>
            <translation>Una conversación por línea, en la forma habitual: una lista "messages" de turnos, cada uno con un "role" (user o assistant) y un "content".</translation>
        </message>
        <message>
            <source>Fine-tuning settings</source>
            <translation>Ajustes del afinado</translation>
        </message>
        <message>
            <source>Loss on answers only</source>
            <translation>Pérdida solo en las respuestas</translation>
        </message>
        <message>
            <source>On: only the assistant's tokens count in the loss. Off: every token counts, the questions too. Train once each way and compare.</source>
            <translation>Activado: solo cuentan en la pérdida los tokens del asistente. Desactivado: cuentan todos, también los de las preguntas. Entrena una vez de cada forma y compara.</translation>
        </message>
        <message>
            <source>Begin again from the pretrained model, forgetting a stopped run.</source>
            <translation>Vuelve a empezar desde el modelo preentrenado, olvidando una ejecución detenida.</translation>
        </message>
        <message>
            <source>Fine-tune the pretrained model on the conversations.</source>
            <translation>Afina el modelo preentrenado con las conversaciones.</translation>
        </message>
        <message>
            <source>Stop and save the model as it is now.</source>
            <translation>Detener y guardar el modelo tal como está.</translation>
        </message>
        <message>
            <source>Chat template: what the model reads, and what it learns</source>
            <translation>Plantilla de chat: lo que el modelo lee y lo que aprende</translation>
        </message>
        <message>
            <source>training</source>
            <translation>entrenamiento</translation>
        </message>
        <message>
            <source>validation (answers)</source>
            <translation>validación (respuestas)</translation>
        </message>
        <message>
            <source>step</source>
            <translation>paso</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>share of probe answers</source>
            <translation>fracción de respuestas</translation>
        </message>
        <message>
            <source>Format (stops with &lt;|end|&gt;)</source>
            <translation>Formato (termina con &lt;|end|&gt;)</translation>
        </message>
        <message>
            <source>Accuracy (all probes)</source>
            <translation>Acierto (todas las preguntas)</translation>
        </message>
        <message>
            <source>Accuracy (known facts)</source>
            <translation>Acierto (hechos conocidos)</translation>
        </message>
        <message>
            <source>Rude answers</source>
            <translation>Respuestas groseras</translation>
        </message>
        <message>
            <source>Same language</source>
            <translation>Mismo idioma</translation>
        </message>
        <message>
            <source>Rubric reward</source>
            <translation>Recompensa de la rúbrica</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Acierto</translation>
        </message>
        <message>
            <source>Accuracy, known</source>
            <translation>Acierto, conocidos</translation>
        </message>
        <message>
            <source>Rude</source>
            <translation>Groseras</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Recompensa</translation>
        </message>
    </context>
    <context>
        <name>SampleTimeline</name>
        <message>
            <source>step {step} · {prompt} ▸ {text}</source>
            <translation>paso {step} · {prompt} ▸ {text}</translation>
        </message>
        <message>
            <source>While the model trains, it writes a continuation of two prompts every few steps. They appear here, newest on top.</source>
            <translation>Mientras el modelo se entrena, cada pocos pasos continúa dos prompts. Sus textos aparecen aquí, el más reciente arriba.</translation>
        </message>
    </context>
    <context>
        <name>SamplingControls</name>
        <message>
            <source>off</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>Divides the logits: below 1 the likely tokens win more often, above 1 the choice gets flatter; 0 always takes the most likely token.</source>
            <translation>Divide los logits: por debajo de 1 los tokens probables ganan más a menudo, por encima de 1 la elección se aplana; 0 toma siempre el token más probable.</translation>
        </message>
        <message>
            <source>Keeps only the k most likely tokens (off = all of them).</source>
            <translation>Deja solo los k tokens más probables (no = todos).</translation>
        </message>
        <message>
            <source>Keeps the most likely tokens until their probability adds up to p (off = all of them).</source>
            <translation>Deja los tokens más probables hasta que su probabilidad sume p (no = todos).</translation>
        </message>
    </context>
    <context>
        <name>ScalePage</name>
        <message>
            <source>years</source>
            <translation>años</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutos</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>your budget</source>
            <translation>tu presupuesto</translation>
        </message>
        <message>
            <source>compute-optimal (20 tokens per parameter)</source>
            <translation>óptimo en cómputo (20 tokens por parámetro)</translation>
        </message>
        <message>
            <source>your sweep</source>
            <translation>tu barrido</translation>
        </message>
        <message>
            <source>famous runs</source>
            <translation>entrenamientos famosos</translation>
        </message>
        <message>
            <source>your models</source>
            <translation>tus modelos</translation>
        </message>
        <message>
            <source>Scaling sweep</source>
            <translation>Barrido de escalado</translation>
        </message>
        <message>
            <source>Scaling law</source>
            <translation>Ley de escalado</translation>
        </message>
        <message>
            <source>non-embedding parameters N</source>
            <translation>parámetros sin embeddings N</translation>
        </message>
        <message>
            <source>validation loss</source>
            <translation>pérdida de validación</translation>
        </message>
        <message>
            <source>Fitted scaling law: L(N) = {a}·N&lt;sup&gt;−α&lt;/sup&gt; + {c}, with &lt;b&gt;α = {alpha}&lt;/b&gt;. Each tenfold increase in parameters multiplies the reducible loss by {factor}.</source>
            <translation>Ley de escalado ajustada: L(N) = {a}·N&lt;sup&gt;−α&lt;/sup&gt; + {c}, con &lt;b&gt;α = {alpha}&lt;/b&gt;. Cada vez que multiplicas por diez los parámetros, la pérdida reducible se multiplica por {factor}.</translation>
        </message>
        <message>
            <source>With the same budget, the best size in this sweep is about {n} parameters.</source>
            <translation>Con el mismo presupuesto, el mejor tamaño de este barrido ronda los {n} parámetros.</translation>
        </message>
        <message>
            <source>No bottom yet: with this budget, the best size lies outside the sweep.</source>
            <translation>Aún no hay mínimo: con este presupuesto, el mejor tamaño queda fuera del barrido.</translation>
        </message>
        <message>
            <source>{n} models trained; a law needs at least 4.</source>
            <translation>{n} modelos entrenados; una ley necesita al menos 4.</translation>
        </message>
        <message>
            <source>Train models of growing size on the same data and watch the loss follow a power law.</source>
            <translation>Entrena modelos cada vez más grandes con los mismos datos y mira cómo la pérdida sigue una ley de potencias.</translation>
        </message>
        <message>
            <source>Run sweep</source>
            <translation>Lanzar barrido</translation>
        </message>
        <message>
            <source>Train the models one after another; on 2 cores the classroom sweep takes a few minutes.</source>
            <translation>Entrena los modelos uno tras otro; con 2 núcleos, el barrido de clase tarda unos minutos.</translation>
        </message>
        <message>
            <source>Energy: your runs and famous ones</source>
            <translation>Energía: tus ejecuciones y las famosas</translation>
        </message>
        <message>
            <source>Famous runs</source>
            <translation>Entrenamientos famosos</translation>
        </message>
        <message>
            <source>parameters N</source>
            <translation>parámetros N</translation>
        </message>
        <message>
            <source>training tokens D</source>
            <translation>tokens de entrenamiento D</translation>
        </message>
        <message>
            <source>Every dotted line spends the same FLOPs (6·N·D)</source>
            <translation>Cada línea de puntos gasta los mismos FLOPs (6·N·D)</translation>
        </message>
        <message>
            <source>tokens seen</source>
            <translation>tokens vistos</translation>
        </message>
        <message>
            <source>training loss</source>
            <translation>pérdida de entrenamiento</translation>
        </message>
        <message>
            <source>Each model learning</source>
            <translation>Cómo aprende cada modelo</translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>&amp;Open scenario…</source>
            <translation>&amp;Abrir escenario…</translation>
        </message>
        <message>
            <source>Load a teacher's scenario: settings, hidden controls and a lesson.</source>
            <translation>Carga el escenario de un docente: ajustes, controles ocultos y una lección.</translation>
        </message>
        <message>
            <source>&amp;Save scenario…</source>
            <translation>&amp;Guardar escenario…</translation>
        </message>
        <message>
            <source>Save the current settings, hidden controls and lesson as a scenario.</source>
            <translation>Guarda los ajustes actuales, los controles ocultos y la lección como un escenario.</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Guardar escenario</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>Abrir escenario</translation>
        </message>
        <message>
            <source>Scenario (*.toml)</source>
            <translation>Escenario (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>SideColumn</name>
        <message>
            <source>Settings ›</source>
            <translation>Ajustes ›</translation>
        </message>
        <message>
            <source>‹ Hide settings</source>
            <translation>‹ Ocultar ajustes</translation>
        </message>
        <message>
            <source>Show the settings of this page.</source>
            <translation>Muestra los ajustes de esta página.</translation>
        </message>
        <message>
            <source>Fold the settings away so the plots take the space.</source>
            <translation>Pliega los ajustes para que los gráficos ocupen el espacio.</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Not run yet</source>
            <translation>Sin ejecutar</translation>
        </message>
    </context>
    <context>
        <name>StepView</name>
        <message>
            <source>Your turn</source>
            <translation>Tu turno</translation>
        </message>
        <message>
            <source>Show me</source>
            <translation>Muéstramelo</translation>
        </message>
        <message>
            <source>Point at the part of the app this step is about.</source>
            <translation>Señala la parte de la aplicación de la que trata este paso.</translation>
        </message>
    </context>
    <context>
        <name>StepsView</name>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Documents left</source>
            <translation>Documentos que quedan</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Eliminados</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Cambiados</translation>
        </message>
        <message>
            <source>Characters taken out</source>
            <translation>Caracteres quitados</translation>
        </message>
        <message>
            <source>Clean the corpus to see what each step did.</source>
            <translation>Limpia el corpus para ver qué hizo cada paso.</translation>
        </message>
        <message>
            <source>Choose a step to see examples of what it removed or changed.</source>
            <translation>Elige un paso para ver ejemplos de lo que eliminó o cambió.</translation>
        </message>
        <message>
            <source>Rules that fired: {rules}</source>
            <translation>Reglas que saltaron: {rules}</translation>
        </message>
        <message>
            <source>This step changed nothing.</source>
            <translation>Este paso no cambió nada.</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>eliminado</translation>
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
            <translation>El mismo siguiente token a varias temperaturas (con tu top-k y top-p). Temperatura baja: seguro y repetitivo. Alta: variado, y luego sin sentido.</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>temperatura</translation>
        </message>
        <message>
            <source>entropy (bits)</source>
            <translation>entropía (bits)</translation>
        </message>
        <message>
            <source>temperature only</source>
            <translation>solo temperatura</translation>
        </message>
        <message>
            <source>with top-k and top-p</source>
            <translation>con top-k y top-p</translation>
        </message>
        <message>
            <source>Samples per temperature</source>
            <translation>Muestras por temperatura</translation>
        </message>
        <message>
            <source>Draw samples</source>
            <translation>Sacar muestras</translation>
        </message>
        <message>
            <source>Continue the text several times at each temperature.</source>
            <translation>Continúa el texto varias veces a cada temperatura.</translation>
        </message>
    </context>
    <context>
        <name>ThreadLabel</name>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>{device} · {threads} threads</source>
            <translation>{device} · {threads} hilos</translation>
        </message>
        <message>
            <source>{device} · {threads} threads (cores shared)</source>
            <translation>{device} · {threads} hilos (núcleos compartidos)</translation>
        </message>
        <message>
            <source>{threads} threads, as the job's “CPU threads” setting asks.</source>
            <translation>{threads} hilos, como pide el ajuste «Hilos de CPU» de la tarea.</translation>
        </message>
        <message>
            <source>{threads} threads, as the OMP_NUM_THREADS environment variable asks.</source>
            <translation>{threads} hilos, como pide la variable de entorno OMP_NUM_THREADS.</translation>
        </message>
        <message>
            <source>{threads} threads: other programs keep about {busy} of the {cores} cores busy, and more threads would only fight them for the cores. A running job looks again every few seconds.</source>
            <translation>{threads} hilos: otros programas mantienen ocupados unos {busy} de los {cores} núcleos, y con más hilos solo se les disputarían los núcleos. Una tarea en marcha vuelve a mirar cada pocos segundos.</translation>
        </message>
        <message>
            <source>{threads} threads: the {cores} cores are free of other work. A running job looks again every few seconds.</source>
            <translation>{threads} hilos: los {cores} núcleos están libres de otro trabajo. Una tarea en marcha vuelve a mirar cada pocos segundos.</translation>
        </message>
    </context>
    <context>
        <name>TokenizerPage</name>
        <message>
            <source>Tokenizer</source>
            <translation>Tokenizador</translation>
        </message>
        <message>
            <source>Vocabulary size: {n} tokens</source>
            <translation>Tamaño del vocabulario: {n} tokens</translation>
        </message>
        <message>
            <source>No tokenizer yet. Clean the corpus, then train one.</source>
            <translation>Todavía no hay tokenizador. Limpia el corpus y después entrena uno.</translation>
        </message>
        <message>
            <source>Trained: {n} tokens ({merges} merges).</source>
            <translation>Entrenado: {n} tokens ({merges} fusiones).</translation>
        </message>
        <message>
            <source>You asked for {asked}: the corpus had no more pairs frequent enough.</source>
            <translation>Pediste {asked}: el corpus no tenía más pares lo bastante frecuentes.</translation>
        </message>
        <message>
            <source>On the corpus: {cpt} characters per token.</source>
            <translation>En el corpus: {cpt} caracteres por token.</translation>
        </message>
        <message>
            <source>{rank}. {left} + {right} → {token}  (id {id})</source>
            <translation>{rank}. {left} + {right} → {token}  (id {id})</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>Caracteres</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>BPE tokens</source>
            <translation>Tokens BPE</translation>
        </message>
        <message>
            <source>{n} tokens</source>
            <translation>{n} tokens</translation>
        </message>
        <message>
            <source>Train the tokenizer to see your text as tokens.</source>
            <translation>Entrena el tokenizador para ver tu texto como tokens.</translation>
        </message>
        <message>
            <source>Click a token to see its id, its bytes and how often it occurs.</source>
            <translation>Haz clic en un token para ver su id, sus bytes y cuántas veces aparece.</translation>
        </message>
        <message>
            <source>Token {id} “{text}” · bytes {hex}</source>
            <translation>Token {id} «{text}» · bytes {hex}</translation>
        </message>
        <message>
            <source>used {count} times as a token in a sample of the corpus</source>
            <translation>usado {count} veces como token en una muestra del corpus</translation>
        </message>
        <message>
            <source>never used on its own in a sample of the corpus: there its letters are always part of a longer token</source>
            <translation>nunca se usa solo en una muestra del corpus: allí sus letras siempre forman parte de un token más largo</translation>
        </message>
        <message>
            <source>Each point is a tokenizer of {n} tokens trained with that share of Spanish, measured on the same facts in both languages.</source>
            <translation>Cada punto es un tokenizador de {n} tokens entrenado con esa proporción de español y medido con los mismos datos en los dos idiomas.</translation>
        </message>
        <message>
            <source>Yours, on your corpus: Spanish {es}, English {en} characters per token.</source>
            <translation>El tuyo, en tu corpus: español {es}, inglés {en} caracteres por token.</translation>
        </message>
        <message>
            <source>Train the tokenizer to measure what each language pays.</source>
            <translation>Entrena el tokenizador para medir lo que paga cada idioma.</translation>
        </message>
        <message>
            <source>Train the tokenizer</source>
            <translation>Entrenar el tokenizador</translation>
        </message>
        <message>
            <source>How many tokens the tokenizer may know: 256 bytes, 4 chat tokens, and the merges it learns.</source>
            <translation>Cuántos tokens puede conocer el tokenizador: 256 bytes, 4 tokens de chat y las fusiones que aprende.</translation>
        </message>
        <message>
            <source>The first merges, in order</source>
            <translation>Las primeras fusiones, en orden</translation>
        </message>
        <message>
            <source>Your text, as tokens</source>
            <translation>Tu texto, en tokens</translation>
        </message>
        <message>
            <source>Write something in Spanish or English…</source>
            <translation>Escribe algo en español o en inglés…</translation>
        </message>
        <message>
            <source>As the vocabulary grows</source>
            <translation>Según crece el vocabulario</translation>
        </message>
        <message>
            <source>The language price</source>
            <translation>El precio de cada idioma</translation>
        </message>
        <message>
            <source>characters per token</source>
            <translation>caracteres por token</translation>
        </message>
        <message>
            <source>Spanish when training (%)</source>
            <translation>Español al entrenar (%)</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Length of your text</source>
            <translation>Longitud de tu texto</translation>
        </message>
    </context>
    <context>
        <name>WorkerCard</name>
        <message>
            <source>The whole training corpus; in colour, the part this worker reads.</source>
            <translation>Todo el corpus de entrenamiento; en color, la parte que lee este proceso.</translation>
        </message>
        <message>
            <source>Worker {rank}</source>
            <translation>Proceso {rank}</translation>
        </message>
        <message>
            <source>{device} ({backend}) on {host}; {batch} sequences per step</source>
            <translation>{device} ({backend}) en {host}; {batch} secuencias por paso</translation>
        </message>
        <message>
            <source>tokens {start}–{end}</source>
            <translation>tokens {start}–{end}</translation>
        </message>
        <message>
            <source>{share} of the corpus</source>
            <translation>el {share} del corpus</translation>
        </message>
        <message>
            <source>last loss {loss}</source>
            <translation>última pérdida {loss}</translation>
        </message>
        <message>
            <source>{tokens} tokens read</source>
            <translation>{tokens} tokens leídos</translation>
        </message>
        <message>
            <source>step {step} of {total}</source>
            <translation>paso {step} de {total}</translation>
        </message>
        <message>
            <source>step {step}</source>
            <translation>paso {step}</translation>
        </message>
    </context>
    <context>
        <name>WorkersChoice</name>
        <message>
            <source>Workers</source>
            <translation>Procesos</translation>
        </message>
        <message>
            <source>1 (one process)</source>
            <translation>1 (un solo proceso)</translation>
        </message>
        <message>
            <source>2 (data parallelism)</source>
            <translation>2 (paralelismo de datos)</translation>
        </message>
        <message>
            <source>With 2 workers, each one reads its own part of the corpus and they average their gradients at every step: together they train one model.</source>
            <translation>Con 2 procesos, cada uno lee su propia parte del corpus y en cada paso promedian sus gradientes: entre los dos entrenan un solo modelo.</translation>
        </message>
    </context>
    <context>
        <name>WorkersPanel</name>
        <message>
            <source>Workers</source>
            <translation>Procesos</translation>
        </message>
        <message>
            <source>Once training starts, each worker's part of the corpus, its step and its loss appear here.</source>
            <translation>Cuando empiece el entrenamiento, aquí verás la parte del corpus de cada proceso, su paso y su pérdida.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceMenu</name>
        <message>
            <source>&amp;New workspace…</source>
            <translation>&amp;Nuevo espacio de trabajo…</translation>
        </message>
        <message>
            <source>Start from nothing in a new, empty folder.</source>
            <translation>Empieza de cero en una carpeta nueva y vacía.</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>A&amp;brir espacio de trabajo…</translation>
        </message>
        <message>
            <source>Open a folder with earlier work.</source>
            <translation>Abre una carpeta con trabajo anterior.</translation>
        </message>
        <message>
            <source>&amp;Recent workspaces</source>
            <translation>Espacios de trabajo &amp;recientes</translation>
        </message>
        <message>
            <source>New workspace: choose or create an empty folder</source>
            <translation>Nuevo espacio de trabajo: elige o crea una carpeta vacía</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Abrir espacio de trabajo</translation>
        </message>
        <message>
            <source>Workspaces</source>
            <translation>Espacios de trabajo</translation>
        </message>
        <message>
            <source>The folder {path} is not empty. Choose an empty folder (or create one in the dialog) so that nothing in it gets mixed with the new work.</source>
            <translation>La carpeta {path} no está vacía. Elige una carpeta vacía (o crea una en el diálogo) para que nada de lo que contiene se mezcle con el trabajo nuevo.</translation>
        </message>
        <message>
            <source>The folder {path} is not an LLM Lab workspace. Choose the folder that holds workspace.json, or make a new workspace.</source>
            <translation>La carpeta {path} no es un espacio de trabajo de LLM Lab. Elige la carpeta que contiene workspace.json, o crea un espacio de trabajo nuevo.</translation>
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
            <source>How many CPU threads torch may use (0 = as many as the cores other programs leave free).</source>
            <translation>Cuántos hilos de CPU puede usar torch (0 = tantos como núcleos dejen libres los demás programas).</translation>
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
            <source>Spanish share</source>
            <translation>Proporción en español</translation>
        </message>
        <message>
            <source>Share of documents written in Spanish; the rest are in English.</source>
            <translation>Proporción de documentos escritos en español; el resto están en inglés.</translation>
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
        <message>
            <source>Compile the model</source>
            <translation>Compilar el modelo</translation>
        </message>
        <message>
            <source>Let PyTorch fuse the model into faster code. The first time it waits up to a minute; small models on a CPU gain little.</source>
            <translation>Deja que PyTorch funda el modelo en código más rápido. La primera vez espera hasta un minuto; los modelos pequeños en CPU ganan poco.</translation>
        </message>
        <message>
            <source>Conversations per update.</source>
            <translation>Conversaciones por actualización.</translation>
        </message>
        <message>
            <source>Peak step size; fine-tuning usually wants less than pretraining.</source>
            <translation>Tamaño máximo del paso; el afinado suele necesitar menos que el preentrenamiento.</translation>
        </message>
        <message>
            <source>Loss on answers only</source>
            <translation>Pérdida solo en las respuestas</translation>
        </message>
        <message>
            <source>Loss masking: count only the assistant's tokens. Off: learn every token, the questions too.</source>
            <translation>Enmascarado de la pérdida: cuenta solo los tokens del asistente. Desactivado: aprende todos los tokens, también los de las preguntas.</translation>
        </message>
        <message>
            <source>Steps between evaluations on the held-out probe questions.</source>
            <translation>Pasos entre evaluaciones con las preguntas de evaluación reservadas.</translation>
        </message>
        <message>
            <source>Probe questions</source>
            <translation>Preguntas de evaluación</translation>
        </message>
        <message>
            <source>How many held-out questions each evaluation asks.</source>
            <translation>Cuántas preguntas reservadas hace cada evaluación.</translation>
        </message>
        <message>
            <source>Answer length</source>
            <translation>Longitud de la respuesta</translation>
        </message>
        <message>
            <source>The most tokens an answer may have during evaluation.</source>
            <translation>El máximo de tokens que puede tener una respuesta durante la evaluación.</translation>
        </message>
        <message>
            <source>Preference pairs per update.</source>
            <translation>Pares de preferencias por actualización.</translation>
        </message>
        <message>
            <source>Peak step size; too high and the scores swing wildly.</source>
            <translation>Tamaño máximo del paso; si es demasiado alto, las puntuaciones oscilan sin control.</translation>
        </message>
        <message>
            <source>Steps between measurements on the held-out pairs.</source>
            <translation>Pasos entre mediciones con los pares reservados.</translation>
        </message>
        <message>
            <source>Held-out share</source>
            <translation>Fracción reservada</translation>
        </message>
        <message>
            <source>Share of the prompts kept aside to measure accuracy on pairs the model never saw.</source>
            <translation>Fracción de las preguntas que se aparta para medir el acierto en pares que el modelo nunca vio.</translation>
        </message>
        <message>
            <source>Knowledge prior</source>
            <translation>Conocimiento previo</translation>
        </message>
        <message>
            <source>Add how likely the SFT model finds the answer (per token) to the score, and train only the head: a wrong fact is an unlikely answer. Off: the whole transformer learns from the pairs alone.</source>
            <translation>Suma a la puntuación lo probable que el modelo SFT considera la respuesta (por token) y entrena solo la cabeza: un dato falso es una respuesta improbable. Desactivado: todo el transformer aprende solo de los pares.</translation>
        </message>
        <message>
            <source>Reward model size (blocks)</source>
            <translation>Tamaño del modelo de recompensa (bloques)</translation>
        </message>
        <message>
            <source>How many of the SFT model's transformer blocks the reward model keeps (0 = all). Fewer blocks make a smaller, weaker judge: with 1 of 4 it has a quarter of the policy's block parameters.</source>
            <translation>Cuántos bloques del transformer del modelo SFT conserva el modelo de recompensa (0 = todos). Con menos bloques es un juez más pequeño y débil: con 1 de 4 tiene un cuarto de los parámetros de los bloques de la política.</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation>Iteraciones</translation>
        </message>
        <message>
            <source>Rounds of answering prompts, scoring them and updating the model.</source>
            <translation>Rondas de responder prompts, puntuarlos y actualizar el modelo.</translation>
        </message>
        <message>
            <source>Prompts per iteration</source>
            <translation>Prompts por iteración</translation>
        </message>
        <message>
            <source>How many prompts the model answers before each update.</source>
            <translation>Cuántos prompts responde el modelo antes de cada actualización.</translation>
        </message>
        <message>
            <source>The most tokens an answer may have.</source>
            <translation>El máximo de tokens que puede tener una respuesta.</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>Sampling temperature while exploring; 1 samples the model as it is.</source>
            <translation>Temperatura de muestreo al explorar; 1 muestrea el modelo tal como es.</translation>
        </message>
        <message>
            <source>KL penalty β</source>
            <translation>Penalización KL β</translation>
        </message>
        <message>
            <source>How much each token pays for moving away from the SFT model. Near 0, the model may hack the reward.</source>
            <translation>Cuánto paga cada token por alejarse del modelo SFT. Cerca de 0, el modelo puede hackear la recompensa.</translation>
        </message>
        <message>
            <source>Score answers as the reward model was trained: its head plus how likely the SFT model finds the answer. Off: the head alone scores them, a weaker proxy with loopholes (the reward-hacking sandbox).</source>
            <translation>Puntúa las respuestas como se entrenó el modelo de recompensa: su cabeza más lo probable que el modelo SFT encuentra la respuesta. Desactivado: solo la cabeza las puntúa, un sustituto más débil y con resquicios (el sandbox de hackeo de la recompensa).</translation>
        </message>
        <message>
            <source>Step size of the policy; too high and it breaks.</source>
            <translation>Tamaño del paso de la política; demasiado alto y se rompe.</translation>
        </message>
        <message>
            <source>Value learning rate</source>
            <translation>Tasa de aprendizaje del valor</translation>
        </message>
        <message>
            <source>Step size of the value model that predicts the reward to come.</source>
            <translation>Tamaño del paso del modelo de valor, que predice la recompensa por venir.</translation>
        </message>
        <message>
            <source>PPO epochs</source>
            <translation>Épocas de PPO</translation>
        </message>
        <message>
            <source>How many times each batch of answers is reused for updates.</source>
            <translation>Cuántas veces se reutiliza cada lote de respuestas para actualizar.</translation>
        </message>
        <message>
            <source>Minibatch size</source>
            <translation>Tamaño del minilote</translation>
        </message>
        <message>
            <source>Answers per gradient step inside an epoch.</source>
            <translation>Respuestas por paso de gradiente dentro de una época.</translation>
        </message>
        <message>
            <source>Clip range ε</source>
            <translation>Rango de recorte ε</translation>
        </message>
        <message>
            <source>How far one update may change a token's probability ratio.</source>
            <translation>Cuánto puede cambiar una actualización el cociente de probabilidades de un token.</translation>
        </message>
        <message>
            <source>Discount γ</source>
            <translation>Descuento γ</translation>
        </message>
        <message>
            <source>Weight of later rewards; 1 counts the whole answer.</source>
            <translation>Peso de las recompensas posteriores; 1 cuenta la respuesta entera.</translation>
        </message>
        <message>
            <source>GAE λ</source>
            <translation>λ de GAE</translation>
        </message>
        <message>
            <source>Trades bias for variance in the advantages (generalized advantage estimation).</source>
            <translation>Cambia sesgo por varianza en las ventajas (estimación generalizada de la ventaja, GAE).</translation>
        </message>
        <message>
            <source>Iterations between checkpoints.</source>
            <translation>Iteraciones entre checkpoints.</translation>
        </message>
        <message>
            <source>Group size</source>
            <translation>Tamaño del grupo</translation>
        </message>
        <message>
            <source>Answers per prompt; each is compared with the mean of its group.</source>
            <translation>Respuestas por prompt; cada una se compara con la media de su grupo.</translation>
        </message>
        <message>
            <source>Weight of the KL to the SFT model, here a term of the loss.</source>
            <translation>Peso de la KL respecto al modelo SFT, aquí un término de la pérdida.</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Épocas</translation>
        </message>
        <message>
            <source>β</source>
            <translation>β</translation>
        </message>
        <message>
            <source>How strongly the model is held near the SFT model; smaller lets it move further.</source>
            <translation>Con cuánta fuerza se retiene al modelo cerca del modelo SFT; más pequeña le deja alejarse más.</translation>
        </message>
        <message>
            <source>Step size; too high and the model forgets how to write.</source>
            <translation>Tamaño del paso; demasiado alto y el modelo olvida cómo escribir.</translation>
        </message>
        <message>
            <source>SFT term α (RPO)</source>
            <translation>Término SFT α (RPO)</translation>
        </message>
        <message>
            <source>Weight of the chosen answers' own likelihood added to the loss (RPO); 0 is plain DPO.</source>
            <translation>Peso de la verosimilitud de las respuestas elegidas que se suma a la pérdida (RPO); 0 es DPO puro.</translation>
        </message>
        <message>
            <source>Steps between scoring answers to held-out prompts.</source>
            <translation>Pasos entre puntuaciones de respuestas a prompts reservados.</translation>
        </message>
        <message>
            <source>Largest N</source>
            <translation>N máxima</translation>
        </message>
        <message>
            <source>Answers sampled per prompt; every N up to this one is measured.</source>
            <translation>Respuestas muestreadas por prompt; se mide cada N hasta esta.</translation>
        </message>
        <message>
            <source>N for evaluation</source>
            <translation>N para la evaluación</translation>
        </message>
        <message>
            <source>The N whose picks are evaluated like a trained model.</source>
            <translation>La N cuyas elegidas se evalúan como un modelo entrenado.</translation>
        </message>
        <message>
            <source>Sampling temperature of the N answers.</source>
            <translation>Temperatura de muestreo de las N respuestas.</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>Prompts</translation>
        </message>
        <message>
            <source>How many held-out prompts to try (0 = all).</source>
            <translation>Cuántos prompts reservados probar (0 = todos).</translation>
        </message>
        <message>
            <source>Experiences per update.</source>
            <translation>Experiencias por actualización.</translation>
        </message>
        <message>
            <source>Reward temperature τ</source>
            <translation>Temperatura de la recompensa τ</translation>
        </message>
        <message>
            <source>Weights grow as exp(reward / τ): small τ copies mostly the best answers.</source>
            <translation>Los pesos crecen como exp(recompensa / τ): una τ pequeña copia sobre todo las mejores respuestas.</translation>
        </message>
        <message>
            <source>Share kept</source>
            <translation>Fracción conservada</translation>
        </message>
        <message>
            <source>Only the best-rewarded share of experiences is learned from (1 = all).</source>
            <translation>Solo se aprende de la fracción de experiencias con mejor recompensa (1 = todas).</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>How many models of growing size to train.</source>
            <translation>Cuántos modelos de tamaño creciente entrenar.</translation>
        </message>
        <message>
            <source>Smallest width</source>
            <translation>Anchura mínima</translation>
        </message>
        <message>
            <source>Embedding size of the smallest model; depth grows with width.</source>
            <translation>Tamaño del embedding del modelo más pequeño; la profundidad crece con la anchura.</translation>
        </message>
        <message>
            <source>Largest width</source>
            <translation>Anchura máxima</translation>
        </message>
        <message>
            <source>Embedding size of the largest model.</source>
            <translation>Tamaño del embedding del modelo más grande.</translation>
        </message>
        <message>
            <source>Steps per model</source>
            <translation>Pasos por modelo</translation>
        </message>
        <message>
            <source>Optimizer updates for each model (with the same budget: for the middle one).</source>
            <translation>Actualizaciones del optimizador de cada modelo (con el mismo presupuesto: las del modelo del medio).</translation>
        </message>
        <message>
            <source>Peak step size, the same for every model.</source>
            <translation>Tamaño de paso máximo, el mismo para todos los modelos.</translation>
        </message>
        <message>
            <source>Same compute budget</source>
            <translation>Mismo presupuesto de cómputo</translation>
        </message>
        <message>
            <source>On: every model gets the same FLOPs, so bigger ones see fewer tokens. Off: every model sees the same tokens.</source>
            <translation>Activado: todos los modelos reciben los mismos FLOPs, así que los grandes ven menos tokens. Desactivado: todos ven los mismos tokens.</translation>
        </message>
        <message>
            <source>Normalise</source>
            <translation>Normalizar</translation>
        </message>
        <message>
            <source>Same Unicode form (NFC) for accents, no control characters, single spaces.</source>
            <translation>La misma forma Unicode (NFC) para las tildes, sin caracteres de control y con espacios simples.</translation>
        </message>
        <message>
            <source>Remove markup</source>
            <translation>Quitar marcas</translation>
        </message>
        <message>
            <source>Remove HTML tags and entities, Markdown marks, and boilerplate lines such as cookie notices and menus.</source>
            <translation>Quita etiquetas y entidades HTML, marcas de Markdown y líneas repetitivas como avisos de cookies y menús.</translation>
        </message>
        <message>
            <source>Remove junk</source>
            <translation>Quitar basura</translation>
        </message>
        <message>
            <source>Drop documents that are not prose: mostly symbols, digits or very long strings.</source>
            <translation>Descarta documentos que no son prosa: casi todo símbolos, dígitos o cadenas muy largas.</translation>
        </message>
        <message>
            <source>Minimum length</source>
            <translation>Longitud mínima</translation>
        </message>
        <message>
            <source>Drop documents shorter than this many characters (0 keeps them all).</source>
            <translation>Descarta documentos con menos caracteres que este número (0 los conserva todos).</translation>
        </message>
        <message>
            <source>Remove repetitive documents</source>
            <translation>Quitar documentos repetitivos</translation>
        </message>
        <message>
            <source>Gopher's repetition filters: drop documents with too many repeated lines, paragraphs or word sequences. On for your own files; the world's pages repeat on purpose.</source>
            <translation>Los filtros de repetición de Gopher: quitan documentos con demasiadas líneas, párrafos o secuencias de palabras repetidas. Activados para tus propios archivos; las páginas del mundo se repiten a propósito.</translation>
        </message>
        <message>
            <source>Quality rules</source>
            <translation>Reglas de calidad</translation>
        </message>
        <message>
            <source>Gopher's quality rules: drop documents with odd word lengths, many '#' or '…', only bullet lines, or no common words such as 'de', 'la', 'the'.</source>
            <translation>Las reglas de calidad de Gopher: quitan documentos con longitudes de palabra raras, muchos '#' o '…', solo líneas de viñetas o sin palabras comunes como 'de', 'la', 'the'.</translation>
        </message>
        <message>
            <source>Only Spanish and English</source>
            <translation>Solo español e inglés</translation>
        </message>
        <message>
            <source>Drop documents that look neither Spanish nor English.</source>
            <translation>Descarta documentos que no parecen ni español ni inglés.</translation>
        </message>
        <message>
            <source>Remove rude documents</source>
            <translation>Quitar documentos groseros</translation>
        </message>
        <message>
            <source>Drop documents with insults. Note that it drops the whole thread, good replies included.</source>
            <translation>Descarta documentos con insultos. Ojo: descarta el hilo entero, respuestas buenas incluidas.</translation>
        </message>
        <message>
            <source>Remove exact duplicates</source>
            <translation>Quitar duplicados exactos</translation>
        </message>
        <message>
            <source>Keep one copy of documents that are equal apart from case, punctuation and spacing.</source>
            <translation>Conserva una sola copia de los documentos iguales salvo por mayúsculas, puntuación y espacios.</translation>
        </message>
        <message>
            <source>Remove near duplicates</source>
            <translation>Quitar casi duplicados</translation>
        </message>
        <message>
            <source>Keep one copy of documents that share most of their word triples (MinHash).</source>
            <translation>Conserva una sola copia de los documentos que comparten casi todos sus tríos de palabras (MinHash).</translation>
        </message>
        <message>
            <source>Remove repeated lines</source>
            <translation>Quitar líneas repetidas</translation>
        </message>
        <message>
            <source>Drop lines that an earlier document already had: menus, cookie notices and footers every page of a site repeats (CCNet). On for your own files; the world repeats its facts on purpose.</source>
            <translation>Quita las líneas que ya tenía un documento anterior: menús, avisos de cookies y pies de página que repite cada página de un sitio (CCNet). Activado para tus propios archivos; el mundo repite sus hechos a propósito.</translation>
        </message>
        <message>
            <source>Near-duplicate similarity</source>
            <translation>Similitud de casi duplicados</translation>
        </message>
        <message>
            <source>How similar (Jaccard, 0 to 1) two documents must be to count as near duplicates.</source>
            <translation>Cuánto deben parecerse (Jaccard, de 0 a 1) dos documentos para contar como casi duplicados.</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true o false</translation>
        </message>
        <message>
            <source>text in quotes</source>
            <translation>un texto entre comillas</translation>
        </message>
        <message>
            <source>FIFO (named pipe)</source>
            <translation>FIFO (tubería con nombre)</translation>
        </message>
        <message>
            <source>socket</source>
            <translation>socket</translation>
        </message>
        <message>
            <source>device</source>
            <translation>dispositivo</translation>
        </message>
        <message>
            <source>cleaned corpus</source>
            <translation>corpus limpio</translation>
        </message>
        <message>
            <source>tokenizer</source>
            <translation>tokenizador</translation>
        </message>
        <message>
            <source>pretrained model</source>
            <translation>modelo preentrenado</translation>
        </message>
        <message>
            <source>SFT model</source>
            <translation>modelo SFT</translation>
        </message>
        <message>
            <source>reward model</source>
            <translation>modelo de recompensa</translation>
        </message>
        <message>
            <source>PPO model</source>
            <translation>modelo PPO</translation>
        </message>
        <message>
            <source>DPO model</source>
            <translation>modelo DPO</translation>
        </message>
        <message>
            <source>GRPO model</source>
            <translation>modelo GRPO</translation>
        </message>
        <message>
            <source>offline RL model</source>
            <translation>modelo de RL offline</translation>
        </message>
    </context>
    <context>
        <name>job</name>
        <message>
            <source>Loading the models</source>
            <translation>Cargando los modelos</translation>
        </message>
        <message>
            <source>Asking every model</source>
            <translation>Preguntando a cada modelo</translation>
        </message>
        <message>
            <source>Looking for a question the models answer differently</source>
            <translation>Buscando una pregunta que los modelos responden de forma distinta</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>Starting the workers</source>
            <translation>Arrancando los procesos</translation>
        </message>
        <message>
            <source>Sampling N answers per question</source>
            <translation>Muestreando N respuestas por pregunta</translation>
        </message>
        <message>
            <source>Scoring the pairs with the SFT model</source>
            <translation>Puntuando los pares con el modelo SFT</translation>
        </message>
        <message>
            <source>Asking the held-out questions</source>
            <translation>Haciendo las preguntas reservadas</translation>
        </message>
        <message>
            <source>Reading the stored experiences</source>
            <translation>Leyendo las experiencias guardadas</translation>
        </message>
        <message>
            <source>Generating the world</source>
            <translation>Generando el mundo</translation>
        </message>
        <message>
            <source>Cleaning the corpus</source>
            <translation>Limpiando el corpus</translation>
        </message>
        <message>
            <source>Training the tokenizer</source>
            <translation>Entrenando el tokenizador</translation>
        </message>
        <message>
            <source>Ready to pretrain</source>
            <translation>Listo para preentrenar</translation>
        </message>
        <message>
            <source>Reading the corpus</source>
            <translation>Lectura del corpus</translation>
        </message>
        <message>
            <source>Compiling the model</source>
            <translation>Compilando el modelo</translation>
        </message>
        <message>
            <source>The SFT model reads every answer once; then only the head learns</source>
            <translation>El modelo SFT lee cada respuesta una vez; después solo aprende la cabeza</translation>
        </message>
        <message>
            <source>Preparing the preference pairs</source>
            <translation>Preparando los pares de preferencias</translation>
        </message>
        <message>
            <source>Training the reward model</source>
            <translation>Entrenando el modelo de recompensa</translation>
        </message>
        <message>
            <source>Preparing the conversations</source>
            <translation>Preparando las conversaciones</translation>
        </message>
        <message>
            <source>Fine-tuning</source>
            <translation>Afinando</translation>
        </message>
        <message>
            <source>Asking the probe questions</source>
            <translation>Haciendo las preguntas de evaluación</translation>
        </message>
        <message>
            <source>Training the models</source>
            <translation>Entrenando los modelos</translation>
        </message>
        <message>
            <source>Counting words</source>
            <translation>Contando palabras</translation>
        </message>
        <message>
            <source>Learning merges</source>
            <translation>Aprendiendo fusiones</translation>
        </message>
        <message>
            <source>Measuring on the held-out questions</source>
            <translation>Midiendo con las preguntas reservadas</translation>
        </message>
        <message>
            <source>Unpacking the bundled stages</source>
            <translation>Desempaquetando las etapas incluidas</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>Escribiendo el informe</translation>
        </message>
        <message>
            <source>Best-of-N</source>
            <translation>Best-of-N</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Reading your files</source>
            <translation>Leyendo tus archivos</translation>
        </message>
        <message>
            <source>Counting the cleaning statistics</source>
            <translation>Contando las estadísticas de limpieza</translation>
        </message>
        <message>
            <source>DPO</source>
            <translation>DPO</translation>
        </message>
        <message>
            <source>Whole pipeline</source>
            <translation>Pipeline completo</translation>
        </message>
        <message>
            <source>Bundled stages</source>
            <translation>Etapas incluidas</translation>
        </message>
        <message>
            <source>Drawing samples</source>
            <translation>Muestreo</translation>
        </message>
        <message>
            <source>Pretraining</source>
            <translation>Preentrenamiento</translation>
        </message>
        <message>
            <source>Preparing the data</source>
            <translation>Preparación de los datos</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Modelo de recompensa</translation>
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
            <translation>RL offline</translation>
        </message>
        <message>
            <source>Scaling sweep</source>
            <translation>Barrido de escalado</translation>
        </message>
        <message>
            <source>SFT</source>
            <translation>SFT</translation>
        </message>
        <message>
            <source>Short pretraining</source>
            <translation>Preentrenamiento corto</translation>
        </message>
        <message>
            <source>Measuring the language price</source>
            <translation>Midiendo el precio de cada idioma</translation>
        </message>
        <message>
            <source>Measuring the tokenizer</source>
            <translation>Midiendo el tokenizador</translation>
        </message>
        <message>
            <source>Writing samples with the saved model</source>
            <translation>Escribiendo muestras con el modelo guardado</translation>
        </message>
        <message>
            <source>The SFT model answers practice questions; the human compares its made-up facts</source>
            <translation>El modelo SFT responde preguntas de práctica; el humano compara sus datos inventados</translation>
        </message>
        <message>
            <source>Best-of-N with a weak judge (a reward model with fewer blocks)</source>
            <translation>El mejor de N con un juez débil (un modelo de recompensa con menos bloques)</translation>
        </message>
    </context>
    <context>
        <name>metric</name>
        <message>
            <source>documents before cleaning</source>
            <translation>documentos antes de la limpieza</translation>
        </message>
        <message>
            <source>documents after cleaning</source>
            <translation>documentos después de la limpieza</translation>
        </message>
        <message>
            <source>characters after cleaning</source>
            <translation>caracteres después de la limpieza</translation>
        </message>
        <message>
            <source>share of documents removed</source>
            <translation>parte de documentos eliminados</translation>
        </message>
        <message>
            <source>vocabulary size</source>
            <translation>tamaño del vocabulario</translation>
        </message>
        <message>
            <source>characters per token</source>
            <translation>caracteres por token</translation>
        </message>
        <message>
            <source>training loss</source>
            <translation>pérdida de entrenamiento</translation>
        </message>
        <message>
            <source>validation loss</source>
            <translation>pérdida de validación</translation>
        </message>
        <message>
            <source>bits per byte (validation)</source>
            <translation>bits por byte (validación)</translation>
        </message>
        <message>
            <source>correct answers</source>
            <translation>respuestas correctas</translation>
        </message>
        <message>
            <source>correct answers to facts it was taught</source>
            <translation>respuestas correctas sobre hechos enseñados</translation>
        </message>
        <message>
            <source>answers in the chat format</source>
            <translation>respuestas con el formato de chat</translation>
        </message>
        <message>
            <source>answers in the question's language</source>
            <translation>respuestas en el idioma de la pregunta</translation>
        </message>
        <message>
            <source>rude answers</source>
            <translation>respuestas groseras</translation>
        </message>
        <message>
            <source>made-up facts about facts nobody taught it</source>
            <translation>datos inventados sobre hechos que nadie le enseñó</translation>
        </message>
        <message>
            <source>"I don't know" to facts nobody taught it</source>
            <translation>«No lo sé» ante hechos que nadie le enseñó</translation>
        </message>
        <message>
            <source>reward from the rubric</source>
            <translation>recompensa de la rúbrica</translation>
        </message>
        <message>
            <source>reward from the reward model</source>
            <translation>recompensa del modelo de recompensa</translation>
        </message>
        <message>
            <source>KL to the SFT model</source>
            <translation>KL respecto al modelo SFT</translation>
        </message>
        <message>
            <source>pairs ranked like the human</source>
            <translation>pares ordenados como la persona</translation>
        </message>
        <message>
            <source>reward model's reward (training)</source>
            <translation>recompensa del modelo de recompensa (entrenamiento)</translation>
        </message>
        <message>
            <source>rubric's reward (training)</source>
            <translation>recompensa de la rúbrica (entrenamiento)</translation>
        </message>
        <message>
            <source>KL to the SFT model (training)</source>
            <translation>KL respecto al modelo SFT (entrenamiento)</translation>
        </message>
        <message>
            <source>implicit reward, chosen answers</source>
            <translation>recompensa implícita, respuestas elegidas</translation>
        </message>
        <message>
            <source>implicit reward, rejected answers</source>
            <translation>recompensa implícita, respuestas rechazadas</translation>
        </message>
        <message>
            <source>implicit reward margin</source>
            <translation>margen de recompensa implícita</translation>
        </message>
        <message>
            <source>experiences kept</source>
            <translation>experiencias conservadas</translation>
        </message>
        <message>
            <source>reward from the rubric, best of N picked by a weak judge</source>
            <translation>recompensa de la rúbrica, el mejor de N elegido por un juez débil</translation>
        </message>
        <message>
            <source>weak judge's pairs ranked like the human</source>
            <translation>pares que el juez débil ordena como el humano</translation>
        </message>
        <message>
            <source>weak judge's share of the policy's blocks</source>
            <translation>parte de los bloques de la política que tiene el juez débil</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>Loss</source>
            <translation>Pérdida</translation>
        </message>
        <message>
            <source>Pairs ranked like the human</source>
            <translation>Pares ordenados como la persona</translation>
        </message>
        <message>
            <source>Reward while training</source>
            <translation>Recompensa durante el entrenamiento</translation>
        </message>
        <message>
            <source>KL to the SFT model</source>
            <translation>KL respecto al modelo SFT</translation>
        </message>
        <message>
            <source>Implicit rewards</source>
            <translation>Recompensas implícitas</translation>
        </message>
        <message>
            <source>LLM Lab: pipeline report</source>
            <translation>LLM Lab: informe del pipeline</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Preajuste</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Tiempo total</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>trained in advance (bundled)</source>
            <translation>entrenada de antemano (incluida)</translation>
        </message>
        <message>
            <source>The same questions at every stage</source>
            <translation>Las mismas preguntas en cada etapa</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>step</source>
            <translation>paso</translation>
        </message>
        <message>
            <source>The stages at a glance</source>
            <translation>Las etapas de un vistazo</translation>
        </message>
    </context>
    <context>
        <name>scaling</name>
        <message>
            <source>This computer (measured)</source>
            <translation>Este ordenador (medido)</translation>
        </message>
        <message>
            <source>tokens: an order of magnitude only</source>
            <translation>tokens: solo el orden de magnitud</translation>
        </message>
        <message>
            <source>20 tokens per parameter</source>
            <translation>20 tokens por parámetro</translation>
        </message>
        <message>
            <source>mixture of experts: 37B of 671B parameters active</source>
            <translation>mezcla de expertos: 37 000 de 671 000 millones de parámetros activos</translation>
        </message>
        <message>
            <source>mixture of experts: 288B of about 2T parameters active</source>
            <translation>mezcla de expertos: 288 000 de unos 2 billones de parámetros activos</translation>
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
            <translation>Tokenizador</translation>
        </message>
        <message>
            <source>Pretraining</source>
            <translation>Preentrenamiento</translation>
        </message>
        <message>
            <source>SFT</source>
            <translation>Afinado supervisado (SFT)</translation>
        </message>
        <message>
            <source>Reward model</source>
            <translation>Modelo de recompensa</translation>
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
            <translation>El mejor de N (Best-of-N)</translation>
        </message>
        <message>
            <source>Offline RL</source>
            <translation>RL offline</translation>
        </message>
    </context>
</TS>
