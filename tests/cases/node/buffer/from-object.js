function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(Buffer.from({ length: 2, 0: 5, 1: 6 }), Buffer.from({ type: 'Buffer', data: [1, 2] }));
console.log(Buffer.from(new String('str')), Buffer.from({ valueOf: function () { return 'vo'; } }));
t(() => Buffer.from({}));
t(() => Buffer.from(5));
t(() => Buffer.from(null));
