/** Shared kernel: identifiers, errors, paging, time. Open to every module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.yiyang.shared;
