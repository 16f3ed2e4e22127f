"""An example khabar plugin: paragraphs as stand-off spans."""
