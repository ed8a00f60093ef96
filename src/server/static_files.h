// The web dashboard's files, served from one directory: content types,
// cache headers, the single-page-app fallback and traversal refusal.
// No HTTP here: server.cc copies a StaticReply into the response.
#pragma once

#include <string>
#include <string_view>

namespace dyad::server {

struct StaticReply {
  int status = 200;
  std::string content_type;
  std::string cache_control;
  std::string body;
};

// Answers the URL-decoded `path` (starting with '/') from `web_dir`:
//  - "/" and directories: their index.html;
//  - an existing file: its bytes; under /assets/ (content-hashed names from
//    the front end's build) cached for a year, everything else "no-cache";
//  - a missing path whose last segment has no extension ("/dyads/RUS/PRK"):
//    index.html, so the front end's router sees it (SPA fallback);
//  - a missing file with an extension ("/assets/x.js"): 404;
//  - ".." or "." segments, backslashes, NUL, or a file that resolves outside
//    `web_dir` (a symlink): 404, never the file.
// When `web_dir` has no index.html, pages that would be index.html are a
// placeholder saying the dashboard was not built, listing the API.
StaticReply ServeStatic(const std::string& web_dir, std::string_view path);

// "text/html; charset=utf-8", "application/javascript; charset=utf-8", ...
// by extension; "application/octet-stream" when unknown.
std::string_view ContentTypeFor(std::string_view path);

}  // namespace dyad::server
