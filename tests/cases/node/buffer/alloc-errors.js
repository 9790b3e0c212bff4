function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => Buffer.alloc(-1));
t(() => Buffer.alloc('a'));
t(() => Buffer.alloc(NaN));
t(() => Buffer.allocUnsafe(2 ** 33));
t(() => Buffer.alloc(2, 'zz', 'hex'));
