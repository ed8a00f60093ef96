# Runs `npm ci` in the web source folder when package-lock.json changed since
# the last run (or node_modules is missing), then records the lock file's
# hash in STAMP. Invoked by the `web_deps` target on every build; cheap when
# nothing changed, and STAMP is left untouched so the dashboard is not rebuilt.
#   cmake -DNPM=... -DWEB_DIR=... -DSTAMP=... -P npm-ci.cmake
file(SHA256 "${WEB_DIR}/package-lock.json" lock_hash)
set(recorded "")
if(EXISTS "${STAMP}")
  file(READ "${STAMP}" recorded)
endif()
if(recorded STREQUAL lock_hash AND EXISTS "${WEB_DIR}/node_modules/.package-lock.json")
  return()
endif()
message(STATUS "web: npm ci (package-lock.json changed)")
execute_process(COMMAND "${NPM}" ci --no-audit --no-fund
  WORKING_DIRECTORY "${WEB_DIR}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "web: `npm ci` failed in ${WEB_DIR} (status ${status}); the npm registry must be reachable")
endif()
file(WRITE "${STAMP}" "${lock_hash}")
