try { Object.freeze(new Uint8Array(2)); } catch (e) { console.log(e.name, e.message); }
console.log(Object.isFrozen(Object.freeze(new Uint8Array(0))));
