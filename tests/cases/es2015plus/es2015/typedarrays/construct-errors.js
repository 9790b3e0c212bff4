function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
t(() => new Uint8Array(-1));
t(() => new Uint16Array(new ArrayBuffer(3)));
t(() => new Uint16Array(new ArrayBuffer(4), 1));
t(() => new Uint16Array(new ArrayBuffer(4), 2, 2));
t(() => new Uint16Array(new ArrayBuffer(4), 6));
t(() => Uint8Array(2));
t(() => new (Object.getPrototypeOf(Int8Array))());
