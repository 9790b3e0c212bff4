// console.log of a SharedArrayBuffer, and the non-enumerable global.
const s=new SharedArrayBuffer(4); new Uint8Array(s)[1]=255; console.log(s); console.log([s.slice(0,1)], typeof globalThis.SharedArrayBuffer, Object.keys(globalThis).includes("SharedArrayBuffer"))
