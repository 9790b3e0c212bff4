// search returns the index of the first match, ignoring the g flag and lastIndex.
console.log("abc123".search(/\d/), "abc".search(/\d/), "abc".search("b"), "a.c".search("."));
var re = /c/g;
re.lastIndex = 99;
console.log("abcabc".search(re), re.lastIndex);
console.log("abc".search(), "x".search(undefined), "aNaN".search(NaN));
console.log(String.prototype.search.length);
