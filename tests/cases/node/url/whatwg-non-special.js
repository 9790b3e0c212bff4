// Non-special schemes: opaque hosts, no path normalisation of a missing path, case kept.
['foo://Host.COM/Path', 'foo://h:0/', 'foo://[::1]:5/x', 'foo://a b/', 'foo://%41/', 'foo:///x', 'foo://h/./a/../b',
 'git+ssh://git@github.com/a/b.git', 'sc:\\../', 'sc::a@example.net', 'tel:+1-555'].forEach(function (s) {
  try {
    var u = new URL(s);
    console.log(JSON.stringify(s), u.href, JSON.stringify(u.host), JSON.stringify(u.pathname), u.origin);
  } catch (e) {
    console.log(JSON.stringify(s), e.code);
  }
});
