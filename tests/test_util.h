// Helpers shared by tests that run the `dyad` binary or write temporary files.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace dyad::testing {

inline std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::string WriteTemp(const std::string& name, const std::string& text) {
  std::string path = TempPath(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// A fresh, empty directory `name` under the temporary directory (an old one
// of that name is removed first).
inline std::string TempDir(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

// Writes `text` to dir/name and returns the path.
inline std::string WriteFileIn(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = (std::filesystem::path(dir) / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// A CoNLL-U token line written with spaces for readability:
// ConlluRow("1 They they PRON PRP _ 2 nsubj _ _") -> tab-separated + "\n".
inline std::string ConlluRow(std::string columns) {
  std::replace(columns.begin(), columns.end(), ' ', '\t');
  return columns + "\n";
}

// The lines of `text`, without their '\n'.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

struct CliRun {
  int status = -1;
  std::string out, err;
};

// Runs `dyad ARGS` (ARGS is shell text) with stdout and stderr captured.
// `tag` and the process id keep the capture files of concurrently running
// tests apart.
inline CliRun RunDyad(const std::string& args, const std::string& tag) {
  const std::string base = "dyad_cli_" + tag + "_" + std::to_string(::getpid());
  std::string out = TempPath(base + ".out"), err = TempPath(base + ".err");
  int raw = std::system((std::string(DYAD_BINARY) + " " + args + " >" + out + " 2>" + err).c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, Slurp(out), Slurp(err)};
}

}  // namespace dyad::testing
