#include "model/facts.h"

namespace holymigrate {

const char* to_string(EnvAccess how) {
  switch (how) {
    case EnvAccess::Unknown:
      return "unknown";
    case EnvAccess::Code:
      return "code";
    case EnvAccess::DeploymentEnv:
      return "deployment-env";
    case EnvAccess::ActionInput:
      return "action-input";
    case EnvAccess::SecretStore:
      return "secret-store";
    case EnvAccess::EnvFile:
      return "env-file";
    case EnvAccess::ContainerEnv:
      return "container-env";
    case EnvAccess::FrameworkBinding:
      return "framework-binding";
  }
  return "?";
}

}  // namespace holymigrate
