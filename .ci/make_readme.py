#!/usr/bin/env python
"""Generate README.md from nbs/index.ipynb, offline (Quarto is not needed).

Markdown cells are copied as they are; visible code cells become ```python blocks; cells marked
`#| hide` are left out. `--check` exits 1 when README.md differs from what would be generated.
"""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def render(nb_path=root/'nbs'/'index.ipynb'):
    nb = json.loads(Path(nb_path).read_text(encoding='utf-8'))
    parts = ['<!-- Generated from nbs/index.ipynb by .ci/make_readme.py: do not edit by hand. -->']
    for c in nb['cells']:
        src = ''.join(c['source']).strip('\n')
        if not src: continue
        if c['cell_type'] == 'markdown': parts.append(src)
        elif c['cell_type'] == 'code':
            lines = src.splitlines()
            if any(l.strip().replace(' ', '') in ('#|hide', '#|export', '#|exporti') for l in lines): continue
            body = '\n'.join(l for l in lines if not l.lstrip().startswith('#|'))
            if body.strip(): parts.append('```python\n' + body + '\n```')
    return '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    out = render(); readme = root/'README.md'
    if '--check' in sys.argv:
        same = readme.exists() and readme.read_text(encoding='utf-8') == out
        if not same: print('README.md is out of date: run python .ci/make_readme.py')
        sys.exit(0 if same else 1)
    readme.write_text(out, encoding='utf-8'); print(f'wrote {readme}')
