// The URL parser's states for file URLs, paths, queries and fragments
// (https://url.spec.whatwg.org/#file-state onwards), installed on internal/url_parser's Parser.
'use strict';

function install(Parser, h) {
  var FAIL = h.FAIL;
  var DONE = h.DONE;

  Parser.prototype.file = function (c) {
    var url = this.url;
    var base = this.base;
    url.scheme = 'file';
    url.host = '';
    if (c === '/' || c === '\\') {
      this.state = 'fileSlash';
    } else if (base && base.scheme === 'file') {
      url.host = base.host;
      url.path = base.path.slice();
      url.query = base.query;
      if (!this.startQueryOrFragment(c) && c !== undefined) {
        url.query = null;
        if (!h.startsWithDriveLetter(this.chars, this.p)) h.shortenPath(url);
        else url.path = [];
        this.state = 'path';
        this.p--;
      }
    } else {
      this.state = 'path';
      this.p--;
    }
  };

  Parser.prototype.fileSlash = function (c) {
    var url = this.url;
    var base = this.base;
    if (c === '/' || c === '\\') {
      this.state = 'fileHost';
    } else {
      if (base && base.scheme === 'file') {
        url.host = base.host;
        if (!h.startsWithDriveLetter(this.chars, this.p) && typeof base.path !== 'string' &&
            base.path.length > 0 && h.isWindowsDriveLetter(base.path[0], true)) {
          url.path.push(base.path[0]);
        }
      }
      this.state = 'path';
      this.p--;
    }
  };

  Parser.prototype.fileHost = function (c) {
    var url = this.url;
    if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
      this.p--;
      if (!this.override && h.isWindowsDriveLetter(this.buffer, false)) {
        this.state = 'path';
      } else if (this.buffer === '') {
        url.host = '';
        if (this.override) return DONE;
        this.state = 'pathStart';
      } else {
        var host = h.hostParser.parseHost(this.buffer, false, h.encodeOpaqueHost);
        if (host === null) return FAIL;
        if (host === 'localhost') host = '';
        url.host = host;
        if (this.override) return DONE;
        this.buffer = '';
        this.state = 'pathStart';
      }
    } else {
      this.buffer += c;
    }
  };

  Parser.prototype.pathStart = function (c) {
    var url = this.url;
    if (this.special()) {
      this.state = 'path';
      if (c !== '/' && c !== '\\') this.p--;
    } else if (!this.override && c === '?') {
      url.query = '';
      this.state = 'query';
    } else if (!this.override && c === '#') {
      url.fragment = '';
      this.state = 'fragment';
    } else if (c !== undefined) {
      this.state = 'path';
      if (c !== '/') this.p--;
    } else if (this.override && url.host === null) {
      url.path.push('');
    }
  };

  Parser.prototype.path = function (c) {
    var url = this.url;
    var slash = c === '/' || (this.special() && c === '\\');
    if (c === undefined || slash || (!this.override && (c === '?' || c === '#'))) {
      if (h.isDoubleDot(this.buffer)) {
        h.shortenPath(url);
        if (!slash) url.path.push('');
      } else if (h.isSingleDot(this.buffer) && !slash) {
        url.path.push('');
      } else if (!h.isSingleDot(this.buffer)) {
        if (url.scheme === 'file' && url.path.length === 0 && h.isWindowsDriveLetter(this.buffer, false)) {
          this.buffer = this.buffer[0] + ':';
        }
        url.path.push(this.buffer);
      }
      this.buffer = '';
      this.startQueryOrFragment(c);
    } else {
      this.buffer += h.encodeCodePoint(c, h.inPath);
    }
  };

  Parser.prototype.opaquePath = function (c) {
    var url = this.url;
    if (this.startQueryOrFragment(c)) {
      // the query or fragment begins
    } else if (c !== undefined) {
      url.path += h.encodeCodePoint(c, h.inC0Control);
    }
  };

  Parser.prototype.query = function (c) {
    var url = this.url;
    if ((!this.override && c === '#') || c === undefined) {
      if (c === '#') {
        url.fragment = '';
        this.state = 'fragment';
      }
    } else {
      url.query += h.encodeCodePoint(c, this.special() ? h.inSpecialQuery : h.inQuery);
    }
  };

  Parser.prototype.fragment = function (c) {
    if (c !== undefined) this.url.fragment += h.encodeCodePoint(c, h.inFragment);
  };
}

module.exports = { install: install };
