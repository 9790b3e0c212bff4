// decodeURI leaves escapes of reserved characters and # encoded.
console.log(decodeURI("a%20b%2Fc%3F%23%25%26%3D%2B%24%2C%3A%40%3B"));
console.log(decodeURI("%41%42%43"), decodeURI("%e4%b8%ad"), decodeURI("http://x.com/%7Euser/a%20b"));
console.log(decodeURI("%2f"), decodeURI("%2F"), decodeURI("%23"), decodeURI("%5B%5D"));
console.log(decodeURI(encodeURI("http://e.com/ü ö?q=ä#h")));
console.log(decodeURI.length, decodeURI.name);
