// encodeURIComponent escapes everything except A-Z a-z 0-9 - _ . ! ~ * ' ( ).
console.log(encodeURIComponent("abcXYZ019-_.!~*'()"));
console.log(encodeURIComponent(";/?:@&=+$,#"));
console.log(encodeURIComponent(" \"<>[]{}|\\^`%"));
console.log(encodeURIComponent("\u00e9\u4e2d\ud83d\ude00"), encodeURIComponent("\u0000\u007f\u0080\u07ff\u0800\uffff"));
console.log(encodeURIComponent(123), encodeURIComponent(null), encodeURIComponent(undefined), encodeURIComponent());
console.log(encodeURIComponent({ toString: function () { return "a b"; } }), encodeURIComponent([1, 2]));
console.log(encodeURIComponent.length, encodeURIComponent.name);
