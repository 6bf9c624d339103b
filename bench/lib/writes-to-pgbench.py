#!/usr/bin/env python3
"""Turns a PostgreSQL statement log (log_statement=all, log_line_prefix='@@%p@@') of wizards run by
the host into a pgbench script that writes the same rows in the same transactions, with no web stack:
the "limit" of issue 17 (bench/limit.sh).

Kept: every transaction (per backend, BEGIN … COMMIT, or a single autocommit statement) that inserts,
updates or deletes, from the first insert of an application on; each of its writing statements with the
logged parameters inlined as literals. Dropped: reads (SELECT, including the locking reads before an
update) and session resets (DISCARD ALL), which is what makes this the database's limit for the
wizard's writes rather than a replay of the host's traffic.

Every uuid parameter becomes a pgbench variable :uk filled at the start of each script run from
md5(:w || '.k') with :w drawn at random, so each run writes new rows with the same shape and keys stay
unique; a uuid that appeared several times in the capture maps to the same variable each time, so
updates find the rows the script inserted.
Other parameters (times, payloads) are kept as captured, except the values of the unique columns in
COLUMN_REWRITES below, which would collide when the script runs again.

usage: writes-to-pgbench.py <postgresql log> <wizards captured> <directory>
  writes <directory>/wizard-NNN.sql, one script per wizard: pgbench picks one per run, so its tps is wizards/s.
"""
import os
import re
import sys

RECORD = re.compile(r'^@@(\d+)@@\s*(LOG|DETAIL|ERROR|STATEMENT|HINT|CONTEXT|WARNING|FATAL):\s+(.*)$')
UUID = re.compile(r"^'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'$")
WRITE = re.compile(r'^\s*(INSERT|UPDATE|DELETE)\b', re.I)


def records(path):
    """Yields (pid, level, text) with continuation lines joined."""
    current = None
    with open(path, encoding='utf-8', errors='replace') as log:
        for line in log:
            line = line.rstrip('\n')
            m = RECORD.match(line)
            if m:
                if current:
                    yield current
                current = [m.group(1), m.group(2), m.group(3)]
            elif current:
                current[2] += '\n' + line.lstrip('\t')
    if current:
        yield current


def parameters(detail):
    """'$1 = 'a''b', $2 = NULL' → ["'a''b'", 'NULL']."""
    values, i, text = {}, 0, detail[len('parameters: '):]
    while i < len(text):
        m = re.compile(r'\$(\d+) = ').match(text, i)
        if not m:
            break
        i = m.end()
        if text.startswith('NULL', i):
            value, i = 'NULL', i + 4
        else:
            j = i + 1
            while True:
                j = text.index("'", j)
                if j + 1 < len(text) and text[j + 1] == "'":
                    j += 2
                    continue
                break
            value, i = text[i:j + 1], j + 1
        values[int(m.group(1))] = value
        if text.startswith(', ', i):
            i += 2
    return values


def statements(path):
    """Yields (pid, sql, params) in log order."""
    pending = None
    for pid, level, text in records(path):
        if level == 'LOG':
            if pending:
                yield pending
                pending = None
            m = re.match(r'(?:statement|execute [^:]*): (.*)$', text, re.S)
            if m:
                pending = (pid, m.group(1).strip(), {})
        elif level == 'DETAIL' and pending and text.startswith('parameters: '):
            pending = (pending[0], pending[1], parameters(text))
            yield pending
            pending = None
    if pending:
        yield pending


def transactions(path):
    open_by_pid = {}
    for pid, sql, params in statements(path):
        head = sql.split(None, 1)[0].upper().rstrip(';') if sql else ''
        if head in ('BEGIN', 'START'):
            open_by_pid[pid] = []
        elif head in ('COMMIT', 'END'):
            body = open_by_pid.pop(pid, None)
            if body:
                yield body
        elif head == 'ROLLBACK':
            open_by_pid.pop(pid, None)
        elif pid in open_by_pid:
            open_by_pid[pid].append((sql, params))
        else:
            yield [(sql, params)]


# Unique columns whose captured values cannot be written twice, and what the script writes instead.
# {k} numbers the placeholders of one script run; the original literal is available as {value}.
COLUMN_REWRITES = {
    # The change sequence on PostgreSQL (ADR-0045): the writing transaction's id shifted, plus an ordinal.
    ('INSERT', '"ChangeSequence"'): "((pg_current_xact_id()::text::bigint << 20) + {k})",
    ('UPDATE', '"ChangeSequence"'): "((pg_current_xact_id()::text::bigint << 20) + {k})",
    # The blind index of the child's ID: registered once per season.
    ('INSERT', '"StudentLookupKey"'): "'bi1:' || md5(:w::text || {value})",
    ('UPDATE', '"StudentLookupKey"'): "'bi1:' || md5(:w::text || {value})",
}


def rewritten_columns(sql):
    """{parameter number: (kind, column)} for the parameters that COLUMN_REWRITES replaces in this statement."""
    found = {}
    m = re.match(r'\s*INSERT INTO [^(]+\(([^)]*)\)\s*VALUES\s*(.*)$', sql, re.S | re.I)
    if m:
        columns = [c.strip() for c in m.group(1).split(',')]
        for row in re.findall(r'\(([^()]*)\)', m.group(2)):
            for column, value in zip(columns, [v.strip() for v in row.split(',')]):
                if ('INSERT', column) in COLUMN_REWRITES and re.fullmatch(r'\$\d+', value):
                    found[int(value[1:])] = ('INSERT', column)
    elif re.match(r'\s*UPDATE\b', sql, re.I):
        for column, number in re.findall(r'("\w+") = \$(\d+)', sql):
            if ('UPDATE', column) in COLUMN_REWRITES:
                found[int(number)] = ('UPDATE', column)
    return found


def main():
    path, wizards, directory = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    scripts, commits, writes = [], 0, 0

    for body in transactions(path):
        kept = [(sql, params) for sql, params in body if WRITE.match(sql)]
        if not kept:
            continue
        # A wizard starts with the insert of its application (one parent: wizards run one after another).
        if any(re.search(r'INSERT INTO registration\."Applications"', sql, re.I) for sql, _ in kept):
            scripts.append({'uuids': {}, 'out': [], 'placeholders': 0})
        if not scripts:
            continue
        script = scripts[-1]

        def literal(value):
            m = UUID.match(value)
            if not m:
                return value
            k = script['uuids'].setdefault(m.group(1), len(script['uuids']))
            # A quoted literal of unknown type, as the host sent it: it goes into uuid and text columns alike.
            return f"':u{k}'"

        lines = []
        for sql, params in kept:
            special = rewritten_columns(sql)
            # $10 before $1: replace the longest numbers first.
            for n in sorted(params, reverse=True):
                if n in special and params[n] != 'NULL':
                    script['placeholders'] += 1
                    value = COLUMN_REWRITES[special[n]].format(k=script['placeholders'], value=params[n])
                else:
                    value = literal(params[n])
                sql = re.sub(r'\$%d(?!\d)' % n, lambda _: value, sql)
            lines.append(' '.join(sql.split()).rstrip(';') + ';')
        script['out'].append('BEGIN;\n' + '\n'.join(lines) + '\nCOMMIT;')
    if not scripts:
        sys.exit('no INSERT into registration."Applications" in the log: nothing to replay')
    # The last wizard may have been cut off when the capture ended: keep the ones the client saw submitted.
    scripts = scripts[:min(wizards, 100)]  # pgbench takes at most 128 scripts
    os.makedirs(directory, exist_ok=True)
    for number, script in enumerate(scripts, 1):
        commits += len(script['out'])
        writes += sum(t.count('\n') - 1 for t in script['out'])
        with open(os.path.join(directory, f'wizard-{number:03}.sql'), 'w', encoding='utf-8') as file:
            # One script run is one wizard, with fresh uuids (a select list takes at most 1,664 columns).
            print('\\set w random(1, 9000000000000000)', file=file)
            uuids = script['uuids']
            for first in range(0, len(uuids), 1000):
                columns = ', '.join(f"md5(:w::text || '.{k}')::uuid AS u{k}" for k in range(first, min(first + 1000, len(uuids))))
                print(f'SELECT {columns} \\gset', file=file)
            print('\n'.join(script['out']), file=file)
    print(f'{len(scripts)} wizards captured: {commits} write transactions, {writes} writes, one pgbench script each')


if __name__ == '__main__':
    main()
