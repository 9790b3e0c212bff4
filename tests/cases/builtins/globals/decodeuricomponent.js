// decodeURIComponent decodes every escape, including the reserved characters.
console.log(decodeURIComponent("a%20b%2Fc%3F%23%25"), decodeURIComponent("%e4%b8%ad%E6%96%87"));
console.log(decodeURIComponent("%F0%9F%98%80").length, decodeURIComponent("%F0%9F%98%80").codePointAt(0));
console.log(decodeURIComponent("+"), decodeURIComponent("%2B"), decodeURIComponent("no escapes"), decodeURIComponent(""));
console.log(decodeURIComponent("%00").charCodeAt(0), decodeURIComponent("%7F").charCodeAt(0), decodeURIComponent("%C2%80").charCodeAt(0));
console.log(decodeURIComponent("%ef%bf%bf").charCodeAt(0), decodeURIComponent("%F4%8F%BF%BF").codePointAt(0));
console.log(decodeURIComponent(123), decodeURIComponent(null), decodeURIComponent(undefined), decodeURIComponent.length);
console.log(decodeURIComponent(encodeURIComponent("round \u00e9 trip \ud83d\ude00 ;/?")));
