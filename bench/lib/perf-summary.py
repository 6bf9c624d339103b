#!/usr/bin/env python3
"""Summarises `perf script -F comm,tid,ip,sym` output (plain or .gz) of the host (bench/host-cpu.sh --perf):
the share of CPU samples per method inclusive (on the stack) and exclusive (on top), and per namespace of the
nearest managed frame. Options: --grep WORD (a regular expression: the share of samples with a matching method on the stack, its callers and callees)."""
import collections
import gzip
import re
import sys

args = sys.argv[1:]
grep = None
if '--grep' in args:
    i = args.index('--grep')
    grep = args[i + 1]
    del args[i:i + 2]
path = args[0]
opener = gzip.open if path.endswith('.gz') else open

TAG = re.compile(r'^\[[A-Za-z0-9-]+\]\s*')


ASSEMBLY = re.compile(r'\[([A-Za-z0-9_.]+)\] (\S.*::.*)$')


def clean(sym):
    sym = TAG.sub('', sym.strip())
    # JIT symbols read "instance string [Assembly] Namespace.Type::Method(args)[OptimizedTier1]".
    m = ASSEMBLY.search(sym)
    if m:
        sym = m.group(2)
    sym = re.sub(r'\[(OptimizedTier1|Optimized|Tier0|Tier1|QuickJitted|PreJIT|OSR|Instrumented[A-Za-z0-9]*)\]$', '', sym)
    return sym.strip() or '[unknown]'


def namespace(sym):
    if '::' not in sym:
        return None
    head = sym.split('::')[0]
    head = re.sub(r'`\d+.*$', '', head).split('[')[0]
    parts = head.split('.')
    return '.'.join(parts[:3]) if len(parts) > 3 else '.'.join(parts[:-1]) or head


stacks = []
with opener(path, 'rt', errors='replace') as f:
    stack = None
    for line in f:
        if not line.strip():
            if stack is not None:
                stacks.append(stack)
            stack = None
            continue
        if not line.startswith((' ', '\t')):
            stack = []
            continue
        if stack is None:
            continue
        parts = line.strip().split(None, 1)
        stack.append(clean(parts[1]) if len(parts) > 1 else '[unknown]')
    if stack:
        stacks.append(stack)

total = len(stacks)


def show(counter, top, keep=lambda name: True):
    """Prints the top entries of a counter as shares of all samples."""
    for name, n in counter.most_common(top):
        if keep(name):
            print(f'  {100 * n / total:5.1f} %  {name[:160]}')


print(f'{total} samples')
if not total:
    sys.exit()
inclusive = collections.Counter()
exclusive = collections.Counter()
by_ns = collections.Counter()
for stack in stacks:
    exclusive[stack[0]] += 1
    for sym in set(stack):
        inclusive[sym] += 1
    ns = next((namespace(s) for s in stack if namespace(s)), '[native only]')
    by_ns[ns] += 1

if grep:
    callers = collections.Counter()
    callees = collections.Counter()
    hit = 0
    for stack in stacks:
        idx = next((i for i, s in enumerate(stack) if re.search(grep, s)), None)
        if idx is None:
            continue
        hit += 1
        for s in set(stack[idx + 1:idx + 8]):
            callers[s] += 1
        for s in set(stack[:idx]):
            callees[s] += 1
    print(f'\n{grep}: {100 * hit / total:.1f} % of samples')
    print('callers (within 7 frames):')
    show(callers, 25)
    print('callees:')
    show(callees, 40)
    sys.exit()

# What kind of work each sample is, by the first category (in this order) with a method on the sample's stack.
CATEGORIES = [
    ('GC', r'gc_heap|GCHeap|^WKS::|^SVR::|GarbageCollect|gc\.cpp'),
    ('JIT and tiering', r'libclrjit|TieredCompilation|^CallCountingManager|MethodDesc::DoPrestub|ThePreStub|jitNativeCode'),
    ('thread pool: idle workers spinning or waiting', r'LowLevelLifoSemaphore|LowLevelSpinWaiter|PortableThreadPool\+WorkerThread::WorkerThreadStart\(\)$|^__x64_sys_sched_yield|^__sched_yield'),
    ('EF: context creation (options, services, model lookup)', r'DbContext::get_ContextServices|DbContextOptionsBuilder|ServiceProviderCache|DbContext::\.ctor|DbContextServices::|DbContext::get_DbContextDependencies|DbContextPool'),
    ('EF: query cache lookup and parameters', r'QueryCompiler::ExecuteAsync|QueryCompiler::Execute\b|ExpressionTreeFuncletizer|ExpressionEqualityComparer|CompiledQueryCacheKeyGenerator|RelationalParameterBasedSqlProcessor|RelationalCommandCache'),
    ('Outbox processor', r'OutboxProcessor'),
    ('Hangfire', r'Hangfire'),
    ('EF: SaveChanges', r'SaveChanges'),
    ('EF: change tracking', r'ChangeTracking|StateManager'),
    ('Npgsql', r'Npgsql'),
    ('EF: query execution, materialization', r'EntityFrameworkCore'),
    ('DI resolution', r'ServiceLookup|ResolveService|ServiceProvider'),
    ('FluentValidation', r'FluentValidation'),
    ('JSON', r'System\.Text\.Json'),
    ('Mediator and Enrollment code', r'^Mediator|Enrollment\.'),
    ('ASP.NET Core (Kestrel, routing, auth)', r'Microsoft\.AspNetCore'),
    ('sockets and kernel network', r'Socket|tcp_|epoll|__send|^read$|recv'),
]
cat_re = [(name, re.compile(rx)) for name, rx in CATEGORIES]
by_cat = collections.Counter()
for stack in stacks:
    for name, rx in cat_re:
        # Waiting and spinning only count when near the top of the stack (not a caller far below).
        frames = stack[:12] if name.startswith('thread pool') else stack
        if any(rx.search(s) for s in frames):
            by_cat[name] += 1
            break
    else:
        by_cat['other'] += 1
print('\nby kind of work (first matching category, see CATEGORIES):')
show(by_cat, None)

print('\nby namespace of the nearest managed frame (exclusive):')
show(by_ns, 30)
print('\nexclusive (on top of the stack):')
show(exclusive, 35)
print('\ninclusive (on the stack), Enrollment and framework methods (1 % or more):')
show(inclusive, 400, lambda name: '::' in name and inclusive[name] / total >= 0.01)
