import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import ReviewPanel from './ReviewPanel.vue'
import { parseReviewHash, reviewHash } from './reviewRoute.js'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

const admin = { id: 'a1', userName: 'admin', displayName: '系统管理员', role: 'DistrictAdmin', schoolIds: [] }
const SCHOOLS = [
  { id: 'k1', name: '登封市直属机关幼儿园', kind: 'Kindergarten', isScattered: false, sortOrder: 1, classes: [] },
  { id: 's1', name: '登封市实验小学', kind: 'Primary', isScattered: false, sortOrder: 5, classes: [] },
  { id: 's2', name: '登封市嵩阳中心小学', kind: 'Primary', isScattered: false, sortOrder: 6, classes: [] },
]
const item = (n, extra = {}) => ({
  id: `app-${n}`, studentName: `学生${n}`, studentResidentId: '410185********0014',
  graduationType: 'PrimaryGraduate', graduationTypeText: '小学毕业生',
  schoolId: 's1', schoolName: '登封市实验小学', classId: 'c1', className: '六（1）班',
  status: 'UnderReview', statusText: '审核中', fatherMobile: '138****2345', motherMobile: null,
  submittedAt: '2026-11-28T02:30:00Z', updatedAt: '2026-11-28T02:30:00Z', ...extra,
})
const DETAIL = {
  id: 'app-1', seasonId: 'season', graduationType: 'KindergartenGraduate', graduationTypeText: '幼儿园毕业生',
  status: 'Returned', statusText: '有误', version: 3,
  student: {
    name: '王小雨', residentId: '410185********0014', gender: 'Male', birthDate: '2021-03-01', formerName: null,
    ethnicityCode: '01', ethnicityName: '汉族', graduationSchoolId: 'k1', graduationSchoolName: '登封市直属机关幼儿园',
    graduationClassId: 'c1', graduationClassName: '大一班', birthCertificateNumber: 'O41****345', overAgeConfirmed: false,
  },
  guardians: {
    father: { name: '王伟', residentId: '410185********0031', mobile: '138****2345', regionCode: '410185001001', regionName: '河南省郑州市登封市嵩阳街道嵩溪园居委会', addressDetail: '中岳大街72号' },
    mother: null,
  },
  household: {
    type: 'Family', regionCode: '410185001001', regionName: '河南省郑州市登封市嵩阳街道嵩溪园居委会',
    addressDetail: '中岳大街72号秀丽王府花园3号楼2单元101室', community: '秀丽王府花园',
    householder: { name: '王伟', residentId: '410185********0031', relation: '子' }, guardianOnSameBooklet: null,
  },
  returnReasons: ['户口簿地址不完整'],
  submittedAt: '2026-11-28T02:30:00Z', updatedAt: '2026-11-28T03:00:00Z', personalDataMasked: true,
}

// A mounted panel listens to hashchange: the next test's hash must not reach it.
enableAutoUnmount(afterEach)

let queue
let fetchMock

beforeEach(() => {
  window.location.hash = ''
  queue = () => jsonResponse(200, { items: [item(1), item(2, { graduationType: 'KindergartenGraduate', graduationTypeText: '幼儿园毕业生', schoolName: '登封市直属机关幼儿园', className: '大一班', status: 'Accepted', statusText: '已提交' })], total: 2, page: 1, pageSize: 20 })
  fetchMock = vi.fn(async (url) => {
    if (url === '/api/v1/schools') return jsonResponse(200, SCHOOLS)
    if (url.startsWith('/api/v1/review/applications?')) return queue(new URLSearchParams(url.split('?')[1]))
    if (url === '/api/v1/review/applications/app-1') return jsonResponse(200, DETAIL)
    if (url.startsWith('/api/v1/review/applications/')) return jsonResponse(404, { status: 404, code: 'not-found', title: '请求的内容不存在' })
    return new Response('', { status: 404 })
  })
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => {
  vi.unstubAllGlobals()
  window.location.hash = ''
})

const queueCalls = () => fetchMock.mock.calls.map(([url]) => url).filter((url) => url.startsWith('/api/v1/review/applications?'))
const rows = (wrapper) => wrapper.findAll('[data-test="review-list"] tbody tr').map((r) => r.findAll('td').map((c) => c.text()))

async function mounted(staff = admin) {
  const wrapper = mount(ReviewPanel, { props: { staff } })
  await flushPromises()
  return wrapper
}

describe('审核队列', () => {
  it('lists the queue with the masked IDs, Chinese types and statuses, and the total', async () => {
    const wrapper = await mounted()

    expect(queueCalls()).toEqual(['/api/v1/review/applications?page=1&pageSize=20'])
    expect(rows(wrapper)).toEqual([
      ['学生1', '410185********0014', '小学毕业生', '登封市实验小学 六（1）班', '审核中', expect.stringMatching(/^2026\/11\/28 10:30:00$/)],
      ['学生2', '410185********0014', '幼儿园毕业生', '登封市直属机关幼儿园 大一班', '已提交', expect.any(String)],
    ])
    expect(wrapper.find('.status-Accepted').text()).toBe('已提交')
    expect(wrapper.find('[data-test="total"]').text()).toBe('共 2 条')
    expect(wrapper.find('[data-test="page"]').text()).toBe('第 1 / 1 页')
  })

  it('sends the filters in the query string and keeps them in the hash', async () => {
    const wrapper = await mounted()

    await wrapper.find('#review-status').setValue('UnderReview')
    await flushPromises()
    await wrapper.find('#review-kind').setValue('PrimaryGraduate')
    await flushPromises()
    // Only the primary schools are offered for 小学毕业生.
    expect(wrapper.findAll('#review-school option').map((o) => o.text())).toEqual(['全部', '登封市实验小学', '登封市嵩阳中心小学'])
    await wrapper.find('#review-school').setValue('s2')
    await flushPromises()
    await wrapper.find('#review-q').setValue(' 王小雨 ')
    await wrapper.find('[data-test="review-filters"]').trigger('submit')
    await flushPromises()

    expect(queueCalls().at(-1)).toBe('/api/v1/review/applications?status=UnderReview&school=s2&kind=PrimaryGraduate&q=%E7%8E%8B%E5%B0%8F%E9%9B%A8&page=1&pageSize=20')
    expect(parseReviewHash(window.location.hash)).toEqual({ id: null, filters: { status: 'UnderReview', school: 's2', kind: 'PrimaryGraduate', q: '王小雨', page: 1 } })
  })

  it('starts from the filters and the page in the hash, as after a refresh', async () => {
    window.location.hash = reviewHash({ status: 'Returned', school: '', kind: 'KindergartenGraduate', q: '', page: 2 })
    const wrapper = await mounted()

    expect(queueCalls()).toEqual(['/api/v1/review/applications?status=Returned&kind=KindergartenGraduate&page=2&pageSize=20'])
    expect(wrapper.find('#review-status').element.value).toBe('Returned')
    expect(wrapper.find('#review-kind').element.value).toBe('KindergartenGraduate')
  })

  it('pages through the total', async () => {
    queue = (query) => {
      const page = Number(query.get('page'))
      return jsonResponse(200, { items: [item(page)], total: 45, page, pageSize: 20 })
    }
    const wrapper = await mounted()
    expect(wrapper.find('[data-test="page"]').text()).toBe('第 1 / 3 页')
    expect(wrapper.find('[data-test="pager"] button').element.disabled).toBe(true)

    await wrapper.findAll('[data-test="pager"] button')[1].trigger('click')
    await flushPromises()
    expect(queueCalls().at(-1)).toBe('/api/v1/review/applications?page=2&pageSize=20')
    expect(wrapper.find('[data-test="page"]').text()).toBe('第 2 / 3 页')
    expect(window.location.hash).toBe('#/review?page=2')
    expect(rows(wrapper)[0][0]).toBe('学生2')
    expect(wrapper.find('[data-test="total"]').text()).toBe('共 45 条')
  })

  it('says so when nothing is waiting', async () => {
    queue = () => jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 20 })
    const wrapper = await mounted()

    expect(wrapper.find('[data-test="review-empty"]').text()).toBe('暂无待审核的信息')
    expect(wrapper.find('[data-test="review-list"]').exists()).toBe(false)
  })

  it('shows the API\'s field errors next to their filter', async () => {
    queue = () => jsonResponse(400, { status: 400, code: 'validation.failed', title: '填写的信息有误', errors: { Status: ['status 应为 UnderReview、Returned 或 Accepted'] } })
    window.location.hash = '#/review?status=Pending'
    const wrapper = await mounted()

    const field = wrapper.find('#review-status').element.closest('.field')
    expect(field.classList.contains('invalid')).toBe(true)
    expect(field.querySelector('.field-error').textContent).toBe('status 应为 UnderReview、Returned 或 Accepted')
  })

  it('offers a 学校审核员 only their own schools', async () => {
    const wrapper = await mounted({ ...admin, role: 'SchoolReviewer', schoolIds: ['s1'] })
    expect(wrapper.findAll('#review-school option').map((o) => o.text())).toEqual(['全部', '登封市实验小学'])
  })
})

describe('审核详情', () => {
  it('opens from a row with the masked data and goes back to the same filters', async () => {
    window.location.hash = '#/review?status=Returned&page=2'
    const wrapper = await mounted()

    await wrapper.find('[data-test="review-list"] tbody tr').trigger('click')
    await flushPromises()

    expect(window.location.hash).toBe('#/review/app-1?status=Returned&page=2')
    const detail = wrapper.find('[data-test="review-detail"]')
    expect(detail.find('h2').text()).toContain('王小雨')
    expect(detail.find('[data-test="status"]').text()).toBe('有误')
    expect(detail.text()).toContain('户口簿地址不完整')
    const student = detail.find('[data-test="student"]').text()
    for (const text of ['410185********0014', '男', '幼儿园毕业生', '登封市直属机关幼儿园', '大一班', 'O41****345']) expect(student).toContain(text)
    const father = detail.find('[data-test="father"]').text()
    expect(father).toContain('138****2345')
    expect(father).toContain('410185********0031')
    expect(detail.find('[data-test="mother"]').exists()).toBe(false)
    expect(detail.find('[data-test="household"]').text()).toContain('家庭户')
    expect(detail.find('[data-test="household"]').text()).toContain('秀丽王府花园')
    expect(detail.find('[data-test="actions-soon"]').text()).toBe('审核操作即将上线')
    expect(detail.find('[data-test="back"]').attributes('href')).toBe('#/review?status=Returned&page=2')
  })

  it('says an unknown or out-of-scope application is not there', async () => {
    window.location.hash = '#/review/other-school'
    const wrapper = await mounted()

    expect(fetchMock).toHaveBeenCalledWith('/api/v1/review/applications/other-school', expect.anything())
    expect(wrapper.find('[role="alert"]').text()).toBe('该信息不存在或不在您的审核范围内')
    expect(queueCalls()).toEqual([])
  })
})
