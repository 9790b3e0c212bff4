new Int8Array([3, -4]).forEach(function (v, i, arr) { console.log(v, i, arr.length, this.tag); }, { tag: 't' });
