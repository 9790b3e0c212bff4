// sin, cos and tan at zeros, quarter turns and infinities.
console.log(Math.sin(0), 1 / Math.sin(-0), Math.sin(Math.PI / 2), Math.sin(Math.PI), Math.sin(Math.PI / 6));
console.log(Math.cos(0), Math.cos(-0), Math.cos(Math.PI), Math.cos(Math.PI / 2), Math.cos(Math.PI / 3));
console.log(Math.tan(0), 1 / Math.tan(-0), Math.tan(Math.PI / 4), Math.tan(Math.PI / 2));
console.log(Math.sin(Infinity), Math.cos(-Infinity), Math.tan(NaN));
console.log(Math.sin(1e10), Math.cos(1e10), Math.sin(1e300));
console.log(Math.sin(1), Math.cos(1), Math.tan(1), Math.sin(-1));
console.log(Math.sin("0.5"), Math.cos(null), Math.tan([]));
