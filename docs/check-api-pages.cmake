# Run by the `docs` target after doxygen (cmake -P): fails when a main class of the SDK has no
# page, so that an input or exclude mistake cannot leave the reference silently empty.
# Variables (-D): HTML_DIR.
set(main_pages
    classCloacina_1_1CloacinaClient.html
    classCloacina_1_1Error.html
    classCloacina_1_1Result.html
    classCloacina_1_1ExecutionFollower.html
    classCloacina_1_1DeliverySubscription.html
    classCloacina_1_1AccumulatorProducer.html
    classCloacina_1_1ReactorChannel.html
    classCloacina_1_1ExecutionPager.html
    classCloacina_1_1Profiles.html
    classCloacina_1_1ExecutionListModel.html)
set(missing)
foreach(page IN LISTS main_pages)
    if(NOT EXISTS "${HTML_DIR}/${page}")
        list(APPEND missing "${page}")
    else()
        file(SIZE "${HTML_DIR}/${page}" size)
        if(size LESS 4000)
            list(APPEND missing "${page} (only ${size} bytes)")
        endif()
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "docs: the API reference lacks pages of main classes:\n  ${text}\n"
        "(check INPUT and EXCLUDE_PATTERNS in docs/Doxyfile.in)")
endif()
list(LENGTH main_pages n)
message(STATUS "docs: all ${n} main class pages present in ${HTML_DIR}")
