// Arrow functions take this from their enclosing scope, ignore call/apply/bind receivers, and nest.
const obj = {
  name: 'obj',
  regular() { return [1, 2].map(function () { return this && this.name; }); },
  arrow() { return [1, 2].map(() => this.name); },
  nested() { return () => () => this.name; },
  later() { const f = () => this.name; return f.call({ name: 'other' }) + ',' + f.apply({ name: 'x' }) + ',' + f.bind({ name: 'y' })(); },
};
console.log(obj.regular().join(','), obj.arrow().join(','), obj.nested()()(), obj.later());
function Counter() { this.count = 0; const inc = () => { this.count++; }; inc(); inc(); }
console.log(new Counter().count);
const top = () => typeof this;
console.log(top(), this === module.exports);
class Widget { constructor() { this.label = 'w'; this.handler = () => this.label; } }
const { handler } = new Widget();
console.log(handler());
