"""Report writers: Markdown, HTML, PDF and Word, each from one typed context."""
