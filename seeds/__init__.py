"""khabar's five seed articles and their gold annotations, shipped as package data (``khabar.seeds``)
so that the test fixtures work wherever khabar is installed."""
