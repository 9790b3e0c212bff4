// new Buffer() warns DEP0005 on stderr; silence it so only stdout is compared.
process.noDeprecation = true;
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => new Buffer(2, 'utf8'));
t(() => new Buffer(-1));
console.log(new Buffer(new Buffer('abc')), new Buffer({ length: 1, 0: 9 }));
