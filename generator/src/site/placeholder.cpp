// Placeholder so the library has a source; delete once a real source exists.
