// Async methods in object literals, with computed names.
var key = 'dyn';
var o = {
  v: 3,
  async m() { return this.v * await 2; },
  async [key]() { return 'computed'; },
  async 'quoted name'() { return 'quoted'; }
};
Promise.all([o.m(), o.dyn(), o['quoted name']()]).then(function (r) { console.log(r.join(',')); });
console.log(o.m.name);
