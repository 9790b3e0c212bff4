var domain = require('domain');
var outer = domain.create(), inner = domain.create();
outer.on('error', function (e) { console.log('outer', e.message); });
inner.on('error', function (e) { console.log('inner', e.message); });
outer.run(function () {
  inner.run(function () {
    console.log(domain._stack.length, process.domain === inner);
    setTimeout(function () { throw new Error('from inner timer'); }, 1);
  });
  console.log(domain._stack.length, process.domain === outer);
  setTimeout(function () { throw new Error('from outer timer'); }, 5);
});
