"""LLM Lab's engine: data, tokenizer, model, training jobs. No Qt here, ever.

Everything a learner can do in the app can be done from Python or the `llm-lab`
command line with the same functions.
"""

__version__ = "0.1.0"
