// Yields inside switch cases and labeled blocks.
function* g(x) {
  switch (x) {
    case 1: yield 'one';
    case 2: yield 'two (or fallthrough)'; break;
    default: yield 'default';
  }
  block: { yield 'in block'; if (x) break block; yield 'not reached for truthy x'; }
  yield 'end';
}
console.log([...g(1)], [...g(2)], [...g(0)]);
