function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => Buffer.concat(5));
t(() => Buffer.concat([1]));
t(() => Buffer.concat([Buffer.alloc(1)], -1));
