function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
t(() => new DataView(1));
t(() => new DataView(new ArrayBuffer(2), 3));
t(() => new DataView(new ArrayBuffer(2), 1, 2));
t(() => new DataView(new ArrayBuffer(2)).getInt32(0));
t(() => new DataView(new ArrayBuffer(2)).getInt8(-1));
t(() => DataView(new ArrayBuffer(2)));
