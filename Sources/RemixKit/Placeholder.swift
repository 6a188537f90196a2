import PromptLint
