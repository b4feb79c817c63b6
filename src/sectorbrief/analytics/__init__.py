"""Pure analytics: frames in, frames or numbers out. No I/O, no plotting, no database."""
