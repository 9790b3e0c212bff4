// new.target inside a generator is undefined.
function* g() { yield new.target; yield typeof new.target; }
console.log([...g()]);
