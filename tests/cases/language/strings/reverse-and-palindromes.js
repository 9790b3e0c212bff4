// Reversing strings through arrays and checking palindromes.
function reverse(s) { return s.split("").reverse().join(""); }
function isPalindrome(s) {
  var clean = s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return clean === reverse(clean);
}
console.log(reverse("stressed"), reverse(""), reverse("a"));
console.log(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("hello"));
console.log(isPalindrome("Was it a car or a cat I saw?"), isPalindrome("12321"));
var words = "the quick brown fox".split(" ");
for (var i = 0; i < words.length; i++) words[i] = reverse(words[i]);
console.log(words.join(" "));
