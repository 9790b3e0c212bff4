// encodeURI keeps the URI's reserved characters and # but escapes the rest like encodeURIComponent.
console.log(encodeURI("http://example.com/a b/c?d=e f&g=h#frag ment"));
console.log(encodeURI(";/?:@&=+$,#"), encodeURI("-_.!~*'()"), encodeURI("[]"), encodeURI("%20"));
console.log(encodeURI("\u00e9\ud83d\ude00"), encodeURI("<>\"`{}|\\^"));
console.log(encodeURI("\t\n\r"), encodeURI(""), encodeURI(12.5));
console.log(encodeURI.length, encodeURI === encodeURIComponent);
