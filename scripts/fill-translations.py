#!/usr/bin/env python3
"""Fills unfinished messages in translations/*.ts whose source text already has a finished
translation elsewhere in the same file or in the committed version of it (a string that moved to
another context after a refactor, which lupdate -no-obsolete dropped from its old place).
Prints what is still unfinished. Usage: scripts/fill-translations.py"""
import glob
import re
import subprocess
import sys

left = 0
for path in sorted(glob.glob('translations/blufio_*.ts')):
    text = open(path, encoding='utf-8').read()
    messages = re.findall(r'<message( numerus="yes")?>(.*?)</message>', text, flags=re.S)
    known = {}
    committed = subprocess.run(['git', 'show', 'HEAD:' + path], capture_output=True, text=True).stdout
    for _, body in re.findall(r'<message( numerus="yes")?>(.*?)</message>', committed, flags=re.S) + messages:
        src = re.search(r'<source>(.*?)</source>', body, flags=re.S)
        tr = re.search(r'<translation>(.*?)</translation>', body, flags=re.S)
        if src and tr and tr.group(1).strip():
            known[src.group(1)] = tr.group(1)

    def fill(match):
        body = match.group(2)
        src = re.search(r'<source>(.*?)</source>', body, flags=re.S).group(1)
        if 'type="unfinished"' in body and src in known:
            body = re.sub(r'<translation type="unfinished">.*?</translation>',
                          lambda _: '<translation>' + known[src] + '</translation>', body, flags=re.S)
        return '<message' + (match.group(1) or '') + '>' + body + '</message>'

    text = re.sub(r'<message( numerus="yes")?>(.*?)</message>', fill, text, flags=re.S)
    open(path, 'w', encoding='utf-8').write(text)
    for _, body in re.findall(r'<message( numerus="yes")?>(.*?)</message>', text, flags=re.S):
        if 'type="unfinished"' in body:
            left += 1
            print(f'{path}: unfinished: ' + re.search(r'<source>(.*?)</source>', body, flags=re.S).group(1))
sys.exit(1 if left else 0)
