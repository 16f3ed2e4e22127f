"""khabar's standard plugins. Each is a module (or package) registered through the ``khabar``
entry-point group, exactly as a third-party plugin would be."""
