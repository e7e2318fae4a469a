// --format json (SPEC §10): one document; documented in the README.
#pragma once

#include <string>

#include "report/report.h"

namespace holymigrate {

std::string json_report(const Report& report);

}  // namespace holymigrate
