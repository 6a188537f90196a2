# Combined fragments: each aspect's vocabularies merged into one alternation per script, so an aspect
# test scans a prompt once instead of once per vocabulary (about twice as fast). Built from the term
# lists of the other data files; nothing is listed twice by hand.
import data_aspects
import data_vague
import data_values

FILE = 'combined.yaml'
HEADER = """combined: each aspect's vocabularies merged into one fragment (generated from the same term lists as aspects.yaml and values.yaml), used by pack.yaml's aspects. An aspect test then scans a clause once instead of once per vocabulary."""

_ALL = {f['name']: f for f in data_aspects.FRAGS + data_values.FRAGS + data_vague.FRAGS}


def _merge(name, parts):
    merged = {'name': name, 'note': 'the terms of ' + ', '.join(parts) + ', merged.'}
    for part in parts:
        for key, value in _ALL[part].items():
            if key in ('name', 'note'):
                continue
            if key == 'raw':
                merged.setdefault('raw', []).extend(value)
            else:
                merged[key] = merged[key] + '|' + value if key in merged else value
    return merged


FRAGS = [
    _merge('lighting_terms', ['aspect_lighting', 'light_direction', 'light_quality', 'colour_temperature', 'time_of_day']),
    _merge('palette_terms', ['aspect_palette', 'colour_code', 'palette_term', 'film_stock']),
    _merge('camera_terms', ['aspect_camera', 'camera_move', 'lens_term', 'shot_size']),
    _merge('mood_terms', ['aspect_mood', 'mood_name']),
    _merge('vague_terms', ['vague_quality', 'vague_style', 'vague_slang']),
    _merge('aspect_terms', ['aspect_lighting', 'aspect_palette', 'aspect_camera', 'aspect_mood']),
]
