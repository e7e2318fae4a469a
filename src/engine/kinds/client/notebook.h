// Jupyter notebooks (.ipynb): the Python source of each code cell, decoded
// from its JSON strings, with a map back to the bytes of the file, so that a
// matcher can read a cell as Python and edit the file in place (docs/behaviour.md §5.1:
// inserted text is escaped as JSON; the notebook stays valid JSON).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace holymigrate {

struct NotebookCell {
  std::string source;       // the cell's lines joined, as Python sees them
  std::vector<size_t> raw;  // file offset of each source byte; raw[source.size()]: end
  // Where each JSON string element starts in `source`, and what separates it
  // from the one before in the file: a line break and its indentation, or " ".
  std::vector<size_t> element_starts;
  std::vector<std::string> element_indents;
  bool lines_array = true;  // "source" is an array of lines
};

// The code cells of a notebook, in order; nullopt when the text is not a
// notebook whose cells can be mapped (invalid JSON, unexpected shape).
std::optional<std::vector<NotebookCell>> notebook_code_cells(std::string_view json);

struct NotebookMap {
  std::vector<NotebookCell> code_cells;  // as notebook_code_cells() gives them
  // The byte span [begin, end) of the value of each cell's "outputs" (the
  // first such key of each object in the first "cells" array), in file
  // order: what docs/behaviour.md §5.6 calls records.
  std::vector<std::pair<size_t, size_t>> outputs;
};

// Both in the one pass; nullopt exactly when notebook_code_cells() is.
std::optional<NotebookMap> notebook_map(std::string_view json);

// `text` (to be inserted at cell offset `at`) as it must be written into the
// file: JSON-escaped; with a lines array, each newline also closes the
// string element and opens the next one on its own line.
std::string notebook_escape(const NotebookCell& cell, size_t at, std::string_view text);

}  // namespace holymigrate
