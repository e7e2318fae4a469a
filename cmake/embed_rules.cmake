# Writes OUT: a C++ source holding every built-in rule file as a string.
# Called with -DOUT=... -DFILES="a.toml;b.toml".
set(content "// Generated from rules/*.toml by cmake/embed_rules.cmake. Do not edit.\n")
string(APPEND content "#include \"builtin_rules.h\"\n\nnamespace holymigrate {\n\n")
string(APPEND content "const std::vector<EmbeddedFile>& builtin_rule_files() {\n")
string(APPEND content "  static const std::vector<EmbeddedFile> files = {\n")
foreach(f ${FILES})
  file(READ ${f} text HEX)
  get_filename_component(name ${f} NAME)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${text}")
  string(APPEND content "    {\"rules/${name}\", std::string(\"${escaped}\", sizeof(\"${escaped}\") - 1)},\n")
endforeach()
string(APPEND content "  };\n  return files;\n}\n\n}  // namespace holymigrate\n")
file(WRITE ${OUT} "${content}")
