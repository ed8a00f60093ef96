// Static files of the web dashboard (static_files.h).
#include "server/static_files.h"

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <utility>

#include "server/api.h"
#include "util/file.h"

namespace dyad::server {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kHtml = "text/html; charset=utf-8";
constexpr std::string_view kNoCache = "no-cache";
constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";

// Refuses what could name a file outside the directory.
bool SafePath(std::string_view path) {
  if (!path.starts_with('/') || path.find('\\') != std::string_view::npos ||
      path.find('\0') != std::string_view::npos)
    return false;
  size_t start = 1;
  while (start <= path.size()) {
    const size_t end = std::min(path.find('/', start), path.size());
    const std::string_view segment = path.substr(start, end - start);
    if (segment == ".." || segment == ".") return false;
    start = end + 1;
  }
  return true;
}

bool HasExtension(std::string_view path) {
  const std::string_view last = path.substr(path.rfind('/') + 1);
  return last.find('.') != std::string_view::npos;
}

// True when `file` exists as a regular file inside `root` (after symlinks).
bool RegularFileInside(const fs::path& root, const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return false;
  const fs::path real = fs::canonical(file, ec);
  if (ec) return false;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return false;
  const auto [b, r] = std::mismatch(base.begin(), base.end(), real.begin(), real.end());
  return b == base.end();
}

StaticReply FileReply(const fs::path& file, std::string_view cache_control) {
  auto bytes = ReadFileToString(file.string());
  if (!bytes.ok()) return {500, "text/plain; charset=utf-8", "no-store", bytes.status().message() + "\n"};
  return {200, std::string(ContentTypeFor(file.string())), std::string(cache_control), std::move(*bytes)};
}

StaticReply NotFound() { return {404, "text/plain; charset=utf-8", "no-cache", "not found\n"}; }

StaticReply Placeholder(const std::string& web_dir) {
  std::string items;
  for (const std::string& e : ApiEndpoints()) items += fmt::format("<li><code>GET {}</code></li>\n", e);
  return {200, std::string(kHtml), std::string(kNoCache),
          fmt::format("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>dyad</title></head>\n"
                      "<body><h1>dyad serve</h1>\n<p>The web dashboard was not built (no index.html in "
                      "<code>{}</code>). Build it in <code>web/</code>, or pass <code>--web DIR</code>.</p>\n"
                      "<p>The JSON API answers:</p>\n<ul>\n{}</ul>\n<p>See docs/http-api.md.</p>\n</body></html>\n",
                      web_dir.empty() ? "(none)" : web_dir, items)};
}

}  // namespace

std::string_view ContentTypeFor(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kTypes = {{
      {".html", "text/html; charset=utf-8"},
      {".js", "application/javascript; charset=utf-8"},
      {".mjs", "application/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".yaml", "application/yaml; charset=utf-8"},
  }};
  for (const auto& [ext, type] : kTypes)
    if (path.ends_with(ext)) return type;
  return "application/octet-stream";
}

StaticReply ServeStatic(const std::string& web_dir, std::string_view path) {
  if (!SafePath(path)) return NotFound();
  const fs::path root(web_dir);
  std::error_code ec;
  const bool built = !web_dir.empty() && fs::is_regular_file(root / "index.html", ec);
  std::string relative(path.substr(1));
  const bool page = !HasExtension(relative);  // "", "dyads/RUS/PRK", "events/": the front end's routes
  if (relative.empty() || relative.ends_with('/')) relative += "index.html";
  if (built && RegularFileInside(root, root / relative))
    return FileReply(root / relative, relative.starts_with("assets/") ? kImmutable : kNoCache);
  if (!page) return NotFound();
  return built ? FileReply(root / "index.html", kNoCache) : Placeholder(web_dir);
}

}  // namespace dyad::server
