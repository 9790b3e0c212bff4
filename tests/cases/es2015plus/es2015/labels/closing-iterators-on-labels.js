// break/continue to an outer label closes every inner iterator it leaves, innermost first.
function tracked(name, values) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next: () => i < values.length ? { value: values[i++], done: false } : { done: true, value: undefined },
        return: () => { console.log('close', name); return {}; },
      };
    },
  };
}
outer: for (const a of tracked('A', [1, 2])) {
  for (const b of tracked('B', [1, 2])) {
    if (b === 2) continue outer;
    console.log(a, b);
  }
}
console.log('--');
outer2: for (const a of tracked('C', [1, 2])) {
  for (const b of tracked('D', [1])) {
    for (const c of tracked('E', [1])) break outer2;
  }
}
console.log('--');
function f() {
  for (const a of tracked('F', [1])) for (const b of tracked('G', [1])) return a + b;
}
console.log(f());
