/**
 * 医养结合机构"一个窗口"办理 (DOMAIN.md §2.3): one submission at the window, parallel review by the departments on
 * their own tracks, one merged supplement notice per round, 一事一议 by the county government and 统一出件.
 */
package cn.yiyang.singlewindow;
